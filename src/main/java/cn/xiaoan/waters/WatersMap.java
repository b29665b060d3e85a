package cn.xiaoan.waters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

	record Tile(String href, int x, int y) {
	}

	record View(List<Shape> shapes, List<Mark> schools, List<Tile> tiles, int zoom) {

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
		double minX = all.stream().mapToDouble(c -> x(c[0])).min().orElseThrow();
		double maxX = all.stream().mapToDouble(c -> x(c[0])).max().orElseThrow();
		double minY = all.stream().mapToDouble(c -> y(c[1])).min().orElseThrow();
		double maxY = all.stream().mapToDouble(c -> y(c[1])).max().orElseThrow();
		double fit = Math.min(WIDTH * 0.85 / Math.max(maxX - minX, 1e-9), HEIGHT * 0.85 / Math.max(maxY - minY, 1e-9));
		int zoom = (int) Math.max(3, Math.min(18, Math.floor(Math.log(fit) / Math.log(2))));
		double scale = Math.pow(2, zoom);
		double offX = (minX + maxX) / 2 * scale - WIDTH / 2.0;
		double offY = (minY + maxY) / 2 * scale - HEIGHT / 2.0;
		List<Shape> shapes = new ArrayList<>();
		for (WaterSummary w : list) {
			Outline o = outlines.get(w.id());
			if (o == null) {
				continue;
			}
			StringBuilder points = new StringBuilder();
			for (double[] c : o.corners()) {
				points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(c[0]) * scale - offX, y(c[1]) * scale - offY));
			}
			double[] centre = o.centre();
			shapes.add(new Shape(w.id(), w.name(), w.riskLevel(), o.point(), points.toString().trim(),
					x(centre[0]) * scale - offX, y(centre[1]) * scale - offY, w.openFindings(), null));
		}
		List<Mark> marks = schools.stream()
			.filter(s -> s.longitude() != null)
			.map(s -> new Mark(s.name(), x(s.longitude()) * scale - offX, y(s.latitude()) * scale - offY, null))
			.distinct()
			.toList();
		return labelled(shapes, marks, tiles(zoom, offX, offY), zoom);
	}

	/**
	 * Names placed so none overlaps another (see {@link MapLabels}): the waters with open
	 * findings first, then by risk, then the schools.
	 */
	private static View labelled(List<Shape> shapes, List<Mark> marks, List<Tile> tiles, int zoom) {
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

	private List<Tile> tiles(int zoom, double offX, double offY) {
		List<Tile> tiles = new ArrayList<>();
		if (tileUrl.isBlank()) {
			return tiles;
		}
		int max = (1 << zoom) - 1;
		for (int tx = (int) Math.floor(offX / 256); tx * 256 < offX + WIDTH; tx++) {
			for (int ty = (int) Math.floor(offY / 256); ty * 256 < offY + HEIGHT; ty++) {
				if (tx >= 0 && ty >= 0 && tx <= max && ty <= max) {
					tiles.add(new Tile(
							tileUrl.replace("{z}", String.valueOf(zoom))
								.replace("{x}", String.valueOf(tx))
								.replace("{y}", String.valueOf(ty)),
							(int) Math.round(tx * 256 - offX), (int) Math.round(ty * 256 - offY)));
				}
			}
		}
		return tiles;
	}

	/** Web Mercator at zoom 0 in 256-pixel tiles. */
	static double x(double lng) {
		return (lng + 180) / 360 * 256;
	}

	static double y(double lat) {
		double r = Math.toRadians(lat);
		return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * 256;
	}

}
