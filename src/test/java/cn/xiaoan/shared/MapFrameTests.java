package cn.xiaoan.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The shared map frame: distances on the ground, the places it fits inside the drawing,
 * and a length on the ground drawn to scale.
 */
class MapFrameTests {

	@Test
	void aThousandthOfADegreeOfLatitudeIsAboutOneHundredAndElevenMetres() {
		assertThat(MapFrame.metresBetween(110.9265, 23.3780, 110.9265, 23.3790)).isCloseTo(111.2, within(0.5));
		// a degree of longitude shrinks with the cosine of the latitude
		assertThat(MapFrame.metresBetween(110.9265, 23.3780, 110.9275, 23.3780)).isCloseTo(102.1, within(0.5));
	}

	@Test
	void everyPlaceItFitsFallsInsideTheDrawing() {
		List<double[]> places = List.of(new double[] { 110.92, 23.37 }, new double[] { 110.95, 23.40 });
		MapFrame frame = MapFrame.fit(places, 1000, 700);
		for (double[] p : places) {
			double[] xy = frame.project(p[0], p[1]);
			assertThat(xy[0]).isBetween(0.0, 1000.0);
			assertThat(xy[1]).isBetween(0.0, 700.0);
		}
		assertThat(frame.tiles("")).isEmpty();
		assertThat(frame.tiles("/tiles/{z}/{x}/{y}.png")).isNotEmpty()
			.allMatch(t -> t.href().startsWith("/tiles/" + frame.zoom() + "/"));
	}

	@Test
	void aLengthOnTheGroundIsDrawnAsTheDistanceBetweenItsEnds() {
		MapFrame frame = MapFrame.fit(List.of(new double[] { 110.92, 23.37 }, new double[] { 110.93, 23.38 }), 1000,
				700);
		double[] a = frame.project(110.9265, 23.3780);
		double[] b = frame.project(110.9265 + 200 / (111_320.0 * Math.cos(Math.toRadians(23.378))), 23.3780);
		assertThat(frame.pixels(200, 23.378)).isCloseTo(b[0] - a[0], within(0.5));
	}

}
