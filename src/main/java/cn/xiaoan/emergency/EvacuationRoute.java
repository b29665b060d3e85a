package cn.xiaoan.emergency;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An evacuation route (疏散路线) drawn on the campus plan: its points in percent of the
 * plan's width and height, x and y joined by a comma, points separated by spaces, from
 * the building to the assembly area.
 */
public record EvacuationRoute(String name, String points) {

	static final int MIN_POINTS = 2;

	static final int MAX_POINTS = 40;

	/**
	 * The points of a drawn route, normalised, or null when it is not 2 to 40 points
	 * within 0..100.
	 */
	static String normalise(String points) {
		if (points == null || points.isBlank() || points.length() > 1000) {
			return null;
		}
		List<String> out = new ArrayList<>();
		for (String pair : points.trim().split("[\\s;]+")) {
			String[] xy = pair.split(",");
			if (xy.length != 2) {
				return null;
			}
			try {
				BigDecimal x = new BigDecimal(xy[0].trim()).setScale(1, RoundingMode.HALF_UP);
				BigDecimal y = new BigDecimal(xy[1].trim()).setScale(1, RoundingMode.HALF_UP);
				if (x.signum() < 0 || y.signum() < 0 || x.intValue() > 100 || y.intValue() > 100
						|| x.compareTo(BigDecimal.valueOf(100)) > 0 || y.compareTo(BigDecimal.valueOf(100)) > 0) {
					return null;
				}
				out.add(x.stripTrailingZeros().toPlainString() + "," + y.stripTrailingZeros().toPlainString());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return out.size() < MIN_POINTS || out.size() > MAX_POINTS ? null : String.join(" ", out);
	}

	/** The SVG "points" of the route on a plan of this size. */
	public String svgPoints(int width, int height) {
		return java.util.Arrays.stream(points.split(" ")).map(p -> {
			String[] xy = p.split(",");
			return plain(Double.parseDouble(xy[0]) * width / 100) + ","
					+ plain(Double.parseDouble(xy[1]) * height / 100);
		}).collect(Collectors.joining(" "));
	}

	/**
	 * Where the route's name goes on a plan of this size: at its first point, in pixels.
	 */
	public String labelX(int width) {
		return plain(Double.parseDouble(points.split(" ")[0].split(",")[0]) * width / 100);
	}

	public String labelY(int height) {
		return plain(Double.parseDouble(points.split(" ")[0].split(",")[1]) * height / 100);
	}

	private static String plain(double v) {
		return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

}
