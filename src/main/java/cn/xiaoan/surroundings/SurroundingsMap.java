package cn.xiaoan.surroundings;

import java.util.ArrayList;
import java.util.List;

import cn.xiaoan.shared.MapFrame;
import cn.xiaoan.shared.MapLabels;

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
	record Spot(long id, String name, String colour, double x, double y, MapLabels.Label label) {
	}

	record Gate(String name, double x, double y, double zone, MapLabels.Label label) {
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
		List<double[]> gateXy = gates.stream().map(g -> frame.project(g.longitude(), g.latitude())).toList();
		List<double[]> spotXy = venues.stream().map(v -> frame.project(v.longitude(), v.latitude())).toList();
		// names placed so none overlaps another (shared MapLabels): venues first, the
		// open
		// cases before the others, then the gates
		List<MapLabels.Item> items = new ArrayList<>();
		for (int i = 0; i < venues.size(); i++) {
			items.add(new MapLabels.Item(venues.get(i).name(), spotXy.get(i)[0], spotXy.get(i)[1], 14));
		}
		for (int i = 0; i < gates.size(); i++) {
			items.add(new MapLabels.Item(gates.get(i).name(), gateXy.get(i)[0], gateXy.get(i)[1], 10));
		}
		List<MapLabels.Label> labels = MapLabels.place(items, WIDTH, HEIGHT);
		List<Spot> spots = new ArrayList<>();
		for (int i = 0; i < venues.size(); i++) {
			VenueSummary v = venues.get(i);
			spots.add(new Spot(v.id(), v.name(), colour(v), spotXy.get(i)[0], spotXy.get(i)[1], labels.get(i)));
		}
		List<Gate> marks = new ArrayList<>();
		for (int i = 0; i < gates.size(); i++) {
			SchoolPosition g = gates.get(i);
			marks.add(new Gate(g.name(), gateXy.get(i)[0], gateXy.get(i)[1], frame.pixels(radius, g.latitude()),
					labels.get(venues.size() + i)));
		}
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
