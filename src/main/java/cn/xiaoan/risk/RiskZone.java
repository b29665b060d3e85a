package cn.xiaoan.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A zone of the four-colour map: a named polygon on the campus plan, its corners in
 * percent of the plan's width and height. A risk point belongs to the zone it is placed
 * in.
 */
public record RiskZone(long id, long schoolId, String name, List<Corner> corners) {

	static final int MIN_CORNERS = 3;

	static final int MAX_CORNERS = 40;

	/** One corner, x and y in percent. */
	public record Corner(double x, double y) {
	}

	/**
	 * The corners of an outline (x and y joined by a comma, corners separated by spaces),
	 * or null when it is not 3 to 40 corners within 0..100.
	 */
	static List<Corner> parse(String outline) {
		if (outline == null || outline.isBlank() || outline.length() > 1000) {
			return null;
		}
		List<Corner> corners = new ArrayList<>();
		for (String pair : outline.trim().split("[\\s;]+")) {
			String[] xy = pair.split(",");
			if (xy.length != 2) {
				return null;
			}
			try {
				double x = new BigDecimal(xy[0].trim()).setScale(2, RoundingMode.HALF_UP).doubleValue();
				double y = new BigDecimal(xy[1].trim()).setScale(2, RoundingMode.HALF_UP).doubleValue();
				if (x < 0 || x > 100 || y < 0 || y > 100) {
					return null;
				}
				corners.add(new Corner(x, y));
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return corners.size() < MIN_CORNERS || corners.size() > MAX_CORNERS ? null : List.copyOf(corners);
	}

	/** The outline as stored: x and y joined by a comma, corners separated by spaces. */
	static String outline(List<Corner> corners) {
		return corners.stream().map(c -> plain(c.x()) + "," + plain(c.y())).collect(Collectors.joining(" "));
	}

	/** Is the point (in percent) inside the polygon? (ray casting) */
	public boolean contains(double x, double y) {
		boolean inside = false;
		for (int i = 0, j = corners.size() - 1; i < corners.size(); j = i++) {
			Corner a = corners.get(i);
			Corner b = corners.get(j);
			if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) {
				inside = !inside;
			}
		}
		return inside;
	}

	/** The SVG "points" of the polygon on a plan of this size. */
	public String svgPoints(int width, int height) {
		return corners.stream()
			.map(c -> plain(c.x() * width / 100) + "," + plain(c.y() * height / 100))
			.collect(Collectors.joining(" "));
	}

	/** The top left of the zone's bounding box, in percent: where its label goes. */
	public Corner topLeft() {
		return new Corner(corners.stream().mapToDouble(Corner::x).min().orElse(0),
				corners.stream().mapToDouble(Corner::y).min().orElse(0));
	}

	private static String plain(double v) {
		return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

}
