package cn.xiaoan.atlas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.xiaoan.shared.MapFrame;
import cn.xiaoan.shared.MapLabels;
import cn.xiaoan.shared.MapLayer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The county map as one SVG: the features of the layers shown and the schools, in a
 * {@link MapFrame} fitted to all of them, names placed by {@link MapLabels} so that none
 * covers another — the most urgent states first, the schools last.
 */
@Component
class AtlasMap {

	static final int WIDTH = 1000;

	static final int HEIGHT = 700;

	private final String tileUrl;

	AtlasMap(@Value("${xiaoan.atlas.tile-url:}") String tileUrl) {
		this.tileUrl = tileUrl;
	}

	/** A feature as drawn: a dot or an outline, its fill and its placed name. */
	record Shape(String layer, String name, String stateLabel, String href, String fill, boolean point, String points,
			double x, double y, int urgency, int mark, MapLabels.Label label) {

		Shape withLabel(MapLabels.Label label) {
			return new Shape(layer, name, stateLabel, href, fill, point, points, x, y, urgency, mark, label);
		}

		/** The marker of a point: a circle (mark 0), a triangle (1) or a diamond (2). */
		public String marker() {
			double r = 12;
			return switch (mark % 3) {
				case 1 -> String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f %.1f,%.1f", x, y - r * 1.2, x + r * 1.15,
						y + r * 0.85, x - r * 1.15, y + r * 0.85);
				case 2 -> String.format(Locale.ROOT, "%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f", x, y - r * 1.25,
						x + r * 1.25, y, x, y + r * 1.25, x - r * 1.25, y);
				default -> "";
			};
		}

	}

	record School(String name, double x, double y, MapLabels.Label label) {
	}

	record View(List<Shape> shapes, List<School> schools, List<MapFrame.Tile> tiles) {

		public boolean empty() {
			return shapes.isEmpty() && schools.isEmpty();
		}

	}

	/**
	 * Draws the layers whose key is in {@code shown}; {@code stateLabels} turns a state's
	 * message key into its label.
	 */
	View draw(AtlasManagement.Atlas atlas, Set<String> shown, java.util.function.Function<String, String> labels) {
		List<double[]> all = new ArrayList<>();
		List<AtlasManagement.LayerFeatures> drawn = atlas.layers()
			.stream()
			.filter(l -> shown.contains(l.layer().key()))
			.toList();
		drawn.forEach(l -> l.features().forEach(f -> all.addAll(f.corners())));
		atlas.schools().forEach(s -> all.add(new double[] { s.longitude(), s.latitude() }));
		if (all.isEmpty()) {
			return new View(List.of(), List.of(), List.of());
		}
		MapFrame frame = MapFrame.fit(all, WIDTH, HEIGHT);
		List<Shape> shapes = new ArrayList<>();
		for (AtlasManagement.LayerFeatures l : drawn) {
			int mark = atlas.layers().indexOf(l);
			List<MapLayer.State> states = l.layer().states();
			for (MapLayer.Feature f : l.features()) {
				if (!f.placed()) {
					continue;
				}
				int urgency = 0;
				while (urgency < states.size() && !states.get(urgency).key().equals(f.state())) {
					urgency++;
				}
				MapLayer.State state = urgency < states.size() ? states.get(urgency) : null;
				String fill = state == null ? MapLayer.Colour.GREY.fill() : state.colour().fill();
				String label = state == null ? "" : labels.apply(state.messageKey());
				StringBuilder points = new StringBuilder();
				double cx = 0;
				double cy = 0;
				for (double[] c : f.corners()) {
					double[] xy = frame.project(c[0], c[1]);
					points.append(String.format(Locale.ROOT, "%.1f,%.1f ", xy[0], xy[1]));
					cx += xy[0] / f.corners().size();
					cy += xy[1] / f.corners().size();
				}
				shapes.add(new Shape(l.layer().key(), f.name(), label, f.href(), fill, f.point(),
						points.toString().trim(), cx, cy, urgency, mark, null));
			}
		}
		List<School> schools = atlas.schools().stream().map(s -> {
			double[] xy = frame.project(s.longitude(), s.latitude());
			return new School(s.name(), xy[0], xy[1], null);
		}).toList();
		return labelled(shapes, schools, frame.tiles(tileUrl));
	}

	private static View labelled(List<Shape> shapes, List<School> schools, List<MapFrame.Tile> tiles) {
		List<Shape> urgent = new ArrayList<>(shapes);
		urgent.sort(Comparator.comparingInt(Shape::urgency));
		List<MapLabels.Item> items = new ArrayList<>();
		urgent.forEach(s -> items.add(new MapLabels.Item(s.name(), s.x(), s.y(), s.point() ? 12 : 8)));
		schools.forEach(s -> items.add(new MapLabels.Item(s.name(), s.x(), s.y(), 9)));
		List<MapLabels.Label> labels = MapLabels.place(items, WIDTH, HEIGHT);
		List<Shape> placed = new ArrayList<>();
		for (int i = 0; i < urgent.size(); i++) {
			placed.add(urgent.get(i).withLabel(labels.get(i)));
		}
		// the most urgent drawn last, on top
		java.util.Collections.reverse(placed);
		List<School> named = new ArrayList<>();
		for (int i = 0; i < schools.size(); i++) {
			School s = schools.get(i);
			named.add(new School(s.name(), s.x(), s.y(), labels.get(urgent.size() + i)));
		}
		return new View(placed, named, tiles);
	}

}
