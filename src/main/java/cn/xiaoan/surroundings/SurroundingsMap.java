package cn.xiaoan.surroundings;

import java.util.ArrayList;
import java.util.List;

import cn.xiaoan.shared.MapFrame;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The map of venues and school gates as an SVG in the shared {@link MapFrame} (no
 * external tiles unless {@code xiaoan.surroundings.tile-url} names a server): each gate
 * with its protected zone drawn to scale, each venue coloured by its state.
 */
@Component
class SurroundingsMap {

	static final int WIDTH = 1000;

	static final int HEIGHT = 700;

	private final String tileUrl;

	SurroundingsMap(@Value("${xiaoan.surroundings.tile-url:}") String tileUrl) {
		this.tileUrl = tileUrl;
	}

	/** A venue on the map; {@code colour} one of red (open case), amber, green, grey. */
	record Spot(long id, String name, String colour, double x, double y) {
	}

	record Gate(String name, double x, double y, double zone) {
	}

	record View(List<Spot> spots, List<Gate> gates, List<MapFrame.Tile> tiles) {

		public boolean empty() {
			return spots.isEmpty() && gates.isEmpty();
		}

	}

	View draw(List<VenueSummary> venues, List<SchoolPosition> schools) {
		List<double[]> places = new ArrayList<>();
		venues.forEach(v -> places.add(new double[] { v.longitude(), v.latitude() }));
		List<SchoolPosition> gates = schools.stream().filter(s -> s.longitude() != null).toList();
		int radius = venues.isEmpty() ? 200 : venues.get(0).radiusM();
		// the whole protected zone of each gate is drawn, not only its centre
		double dLat = radius / 111_320.0;
		gates.forEach(s -> {
			double dLng = dLat / Math.cos(Math.toRadians(s.latitude()));
			places.add(new double[] { s.longitude() - dLng, s.latitude() - dLat });
			places.add(new double[] { s.longitude() + dLng, s.latitude() + dLat });
		});
		if (places.isEmpty()) {
			return new View(List.of(), List.of(), List.of());
		}
		MapFrame frame = MapFrame.fit(places, WIDTH, HEIGHT);
		List<Gate> marks = gates.stream().map(s -> {
			double[] xy = frame.project(s.longitude(), s.latitude());
			return new Gate(s.name(), xy[0], xy[1], frame.pixels(radius, s.latitude()));
		}).toList();
		List<Spot> spots = venues.stream().map(v -> {
			double[] xy = frame.project(v.longitude(), v.latitude());
			return new Spot(v.id(), v.name(), colour(v), xy[0], xy[1]);
		}).toList();
		return new View(spots, marks, frame.tiles(tileUrl));
	}

	static String colour(VenueSummary v) {
		if (v.caseState() == CaseState.OPEN) {
			return "#dc3545";
		}
		if (v.caseState() == CaseState.DONE) {
			return "#ffc107";
		}
		return v.caseState() == CaseState.CONFIRMED ? "#198754" : "#6c757d";
	}

}
