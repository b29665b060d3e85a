package cn.xiaoan.waters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.xiaoan.shared.MapFrame;
import cn.xiaoan.shared.MapLabels;

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
			int openFindings, MapLabels.Label label) {

		Shape withLabel(MapLabels.Label label) {
			return new Shape(id, name, risk, point, points, x, y, openFindings, label);
		}

		public String caption() {
			return name + (openFindings > 0 ? " \u26a0" + openFindings : "");
		}

	}

	record Mark(String name, double x, double y, MapLabels.Label label) {

		Mark withLabel(MapLabels.Label label) {
			return new Mark(name, x, y, label);
		}

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
					centre[1], w.openFindings(), null));
		}
		List<Mark> marks = schools.stream().filter(s -> s.longitude() != null).map(s -> {
			double[] xy = frame.project(s.longitude(), s.latitude());
			return new Mark(s.name(), xy[0], xy[1], null);
		}).distinct().toList();
		return labelled(shapes, marks, frame.tiles(tileUrl), frame.zoom());
	}

	/**
	 * Names placed so none overlaps another (see {@link MapLabels}): the waters with open
	 * findings first, then by risk, then the schools.
	 */
	private static View labelled(List<Shape> shapes, List<Mark> marks, List<MapFrame.Tile> tiles, int zoom) {
		List<Shape> urgent = new ArrayList<>(shapes);
		urgent.sort(java.util.Comparator.comparing((Shape s) -> s.openFindings() == 0)
			.thenComparing(s -> s.risk() == WaterRisk.HIGH ? 0 : s.risk() == WaterRisk.MEDIUM ? 1 : 2));
		List<MapLabels.Item> items = new ArrayList<>();
		urgent.forEach(s -> items.add(new MapLabels.Item(s.caption(), s.x(), s.y(), s.point() ? 14 : 6)));
		marks.forEach(m -> items.add(new MapLabels.Item(m.name(), m.x(), m.y(), 10)));
		List<MapLabels.Label> labels = MapLabels.place(items, WIDTH, HEIGHT);
		List<Shape> placed = new ArrayList<>();
		for (int i = 0; i < urgent.size(); i++) {
			placed.add(urgent.get(i).withLabel(labels.get(i)));
		}
		// the most urgent drawn last, on top
		java.util.Collections.reverse(placed);
		List<Mark> named = new ArrayList<>();
		for (int i = 0; i < marks.size(); i++) {
			named.add(marks.get(i).withLabel(labels.get(urgent.size() + i)));
		}
		return new View(placed, named, tiles, zoom);
	}

}
