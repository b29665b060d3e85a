package cn.xiaoan.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The frame of a vector map drawn without external tiles (ADR 0039, 0040): places given
 * as {@code [longitude, latitude]} in WGS84 degrees are projected in Web Mercator at the
 * zoom where they all fit a {@code width} by {@code height} drawing, so that a
 * deployment's tile server (a template such as {@code /tiles/{z}/{x}/{y}.png}) lines up
 * underneath when one is configured.
 *
 * @param zoom the Web Mercator zoom level
 * @param offX the drawing's left edge in world pixels at that zoom
 * @param offY the drawing's top edge in world pixels at that zoom
 * @param width the drawing's width in pixels
 * @param height the drawing's height in pixels
 */
public record MapFrame(int zoom, double offX, double offY, int width, int height) {

	/** The mean Earth radius in metres, for distances between two places. */
	private static final double EARTH_RADIUS_M = 6_371_008.8;

	/** The frame where every place fits, with a margin; zoom between 3 and 18. */
	public static MapFrame fit(List<double[]> places, int width, int height) {
		if (places.isEmpty()) {
			return new MapFrame(0, 0, 0, width, height);
		}
		double minX = places.stream().mapToDouble(c -> x(c[0])).min().orElseThrow();
		double maxX = places.stream().mapToDouble(c -> x(c[0])).max().orElseThrow();
		double minY = places.stream().mapToDouble(c -> y(c[1])).min().orElseThrow();
		double maxY = places.stream().mapToDouble(c -> y(c[1])).max().orElseThrow();
		double fit = Math.min(width * 0.85 / Math.max(maxX - minX, 1e-9), height * 0.85 / Math.max(maxY - minY, 1e-9));
		int zoom = (int) Math.max(3, Math.min(18, Math.floor(Math.log(fit) / Math.log(2))));
		double scale = Math.pow(2, zoom);
		return new MapFrame(zoom, (minX + maxX) / 2 * scale - width / 2.0, (minY + maxY) / 2 * scale - height / 2.0,
				width, height);
	}

	/** Where a place falls in the drawing, {@code [x, y]} in pixels. */
	public double[] project(double longitude, double latitude) {
		double scale = Math.pow(2, zoom);
		return new double[] { x(longitude) * scale - offX, y(latitude) * scale - offY };
	}

	/** How many pixels a distance on the ground takes at a latitude. */
	public double pixels(double metres, double latitude) {
		double worldMetres = 2 * Math.PI * EARTH_RADIUS_M * Math.cos(Math.toRadians(latitude));
		return metres / worldMetres * 256 * Math.pow(2, zoom);
	}

	/** A tile of the configured server and where it goes in the drawing. */
	public record Tile(String href, int x, int y) {
	}

	/** The tiles under the drawing, none when no tile server is configured. */
	public List<Tile> tiles(String template) {
		List<Tile> tiles = new ArrayList<>();
		if (template == null || template.isBlank()) {
			return tiles;
		}
		int max = (1 << zoom) - 1;
		for (int tx = (int) Math.floor(offX / 256); tx * 256 < offX + width; tx++) {
			for (int ty = (int) Math.floor(offY / 256); ty * 256 < offY + height; ty++) {
				if (tx >= 0 && ty >= 0 && tx <= max && ty <= max) {
					tiles.add(new Tile(
							template.replace("{z}", String.valueOf(zoom))
								.replace("{x}", String.valueOf(tx))
								.replace("{y}", String.valueOf(ty)),
							(int) Math.round(tx * 256 - offX), (int) Math.round(ty * 256 - offY)));
				}
			}
		}
		return tiles;
	}

	/** The great-circle distance in metres between two places (haversine). */
	public static double metresBetween(double lng1, double lat1, double lng2, double lat2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLng = Math.toRadians(lng2 - lng1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
		return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
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
