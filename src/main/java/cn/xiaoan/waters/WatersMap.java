package cn.xiaoan.waters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.xiaoan.shared.MapFrame;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The map of waters and schools as an SVG drawn from their coordinates, in the Web
 * Mercator projection at the zoom where they fit — so that when a deployment sets
 * {@code xiaoan.waters.tile-url} (a template such as {@code /tiles/{z}/{x}/{y}.png}) its
 * tiles line up underneath. No tile server is reachable by default, so none is used.
 */
@Component
class WatersMap {

	static final int WIDTH = 1000;

	static final int HEIGHT = 700;

	private final String tileUrl;

	WatersMap(@Value("${xiaoan.waters.tile-url:}") String tileUrl) {
		this.tileUrl = tileUrl;
	}

	record Shape(long id, String name, WaterRisk risk, boolean point, String points, double x, double y,
			int openFindings) {
	}

	record Mark(String name, double x, double y) {
	}

	record View(List<Shape> shapes, List<Mark> schools, List<MapFrame.Tile> tiles, int zoom) {

		public boolean empty() {
			return shapes.isEmpty();
		}

	}

	View draw(List<WaterSummary> list, Map<Long, Outline> outlines, List<WaterDetail.School> schools) {
		List<double[]> all = new ArrayList<>();
		outlines.values().forEach(o -> all.addAll(o.corners()));
		schools.stream()
			.filter(s -> s.longitude() != null)
			.forEach(s -> all.add(new double[] { s.longitude(), s.latitude() }));
		if (all.isEmpty()) {
			return new View(List.of(), List.of(), List.of(), 0);
		}
		MapFrame frame = MapFrame.fit(all, WIDTH, HEIGHT);
		List<Shape> shapes = new ArrayList<>();
		for (WaterSummary w : list) {
			Outline o = outlines.get(w.id());
			if (o == null) {
				continue;
			}
			StringBuilder points = new StringBuilder();
			for (double[] c : o.corners()) {
				double[] xy = frame.project(c[0], c[1]);
				points.append(String.format(Locale.ROOT, "%.1f,%.1f ", xy[0], xy[1]));
			}
			double[] centre = frame.project(o.centre()[0], o.centre()[1]);
			shapes.add(new Shape(w.id(), w.name(), w.riskLevel(), o.point(), points.toString().trim(), centre[0],
					centre[1], w.openFindings()));
		}
		List<Mark> marks = schools.stream().filter(s -> s.longitude() != null).map(s -> {
			double[] xy = frame.project(s.longitude(), s.latitude());
			return new Mark(s.name(), xy[0], xy[1]);
		}).distinct().toList();
		return new View(shapes, marks, frame.tiles(tileUrl), frame.zoom());
	}

}
