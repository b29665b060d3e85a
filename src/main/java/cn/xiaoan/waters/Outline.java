package cn.xiaoan.waters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * Where a water lies: one point, or the corners of its outline, each {@code [longitude,
 * latitude]} in WGS84 degrees (what a phone's GPS gives). Typed as
 * {@code "lng,lat lng,lat …"}; stored as the JSON array {@code [[lng,lat],…]}.
 */
public record Outline(List<double[]> corners) {

	static final int MAX_CORNERS = 200;

	public Outline {
		corners = List.copyOf(corners);
	}

	/** The typed form; a bad one is a field error on {@code outline}. */
	public static Outline parse(String text) {
		if (text == null || text.isBlank()) {
			throw new BusinessRuleViolation("outline", "waters.outline.required");
		}
		List<double[]> corners = new ArrayList<>();
		for (String pair : text.trim().split("[\\s;]+")) {
			String[] xy = pair.split(",");
			try {
				if (xy.length != 2) {
					throw new NumberFormatException(pair);
				}
				double lng = Double.parseDouble(xy[0]);
				double lat = Double.parseDouble(xy[1]);
				// China lies within these bounds; anything else is a typing error
				if (lng < 73 || lng > 136 || lat < 3 || lat > 54) {
					throw new BusinessRuleViolation("outline", "waters.outline.outside");
				}
				corners.add(new double[] { lng, lat });
			}
			catch (NumberFormatException ex) {
				throw new BusinessRuleViolation("outline", "waters.outline.invalid");
			}
		}
		if (corners.size() == 2 || corners.size() > MAX_CORNERS) {
			throw new BusinessRuleViolation("outline", "waters.outline.corners.error");
		}
		return new Outline(corners);
	}

	static Outline fromJson(String json) {
		String inner = json.replaceAll("[\\[\\]]", " ").trim();
		List<double[]> corners = new ArrayList<>();
		String[] numbers = inner.split("[\\s,]+");
		for (int i = 0; i + 1 < numbers.length; i += 2) {
			corners.add(new double[] { Double.parseDouble(numbers[i]), Double.parseDouble(numbers[i + 1]) });
		}
		return new Outline(corners);
	}

	String json() {
		return "["
				+ String.join(",",
						corners.stream().map(c -> String.format(Locale.ROOT, "[%.6f,%.6f]", c[0], c[1])).toList())
				+ "]";
	}

	/** The typed form, for the edit page. */
	public String text() {
		return String.join(" ",
				corners.stream().map(c -> String.format(Locale.ROOT, "%.6f,%.6f", c[0], c[1])).toList());
	}

	public boolean point() {
		return corners.size() == 1;
	}

	/** The middle of the corners, where a label goes. */
	public double[] centre() {
		double lng = corners.stream().mapToDouble(c -> c[0]).average().orElse(0);
		double lat = corners.stream().mapToDouble(c -> c[1]).average().orElse(0);
		return new double[] { lng, lat };
	}

}
