package cn.xiaoan.oversight;

import java.util.ArrayList;
import java.util.List;

import cn.xiaoan.hazard.OpenHazardsWeek;

/**
 * Open hazards by grade over the last weeks as stacked bars, laid out here so the page
 * draws them as inline SVG without a script: a 100-high box, each week a slot 10 wide,
 * the scale's top a round number (1, 2 or 5 times a power of ten) at or above the most
 * hazards of a week. The text beside the chart carries every number.
 */
record OpenHazardsChart(List<Bar> bars, long top, OpenHazardsWeek latest) {

	static final int SLOT = 10;

	static OpenHazardsChart of(List<OpenHazardsWeek> weeks) {
		long most = weeks.stream().mapToLong(OpenHazardsWeek::total).max().orElse(0);
		long top = roundUp(Math.max(most, 1));
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < weeks.size(); i++) {
			OpenHazardsWeek w = weeks.get(i);
			double major = 100.0 * w.major() / top;
			double general = 100.0 * w.general() / top;
			double ungraded = 100.0 * w.ungraded() / top;
			// every third week from the latest carries its date under the axis
			boolean labelled = (weeks.size() - 1 - i) % 3 == 0;
			bars.add(new Bar(w, i * SLOT + 2, 100 - major, major, 100 - major - general, general,
					100 - major - general - ungraded, ungraded, labelled));
		}
		return new OpenHazardsChart(bars, top, weeks.isEmpty() ? null : weeks.get(weeks.size() - 1));
	}

	public int width() {
		return bars.size() * SLOT;
	}

	/** 1, 2 or 5 times a power of ten, the least not below n. */
	static long roundUp(long n) {
		long power = 1;
		while (true) {
			for (long step : new long[] { 1, 2, 5 }) {
				if (step * power >= n) {
					return step * power;
				}
			}
			power *= 10;
		}
	}

	/** One week's bar: y and height of each grade's part, major at the bottom. */
	record Bar(OpenHazardsWeek week, int x, double majorY, double majorHeight, double generalY, double generalHeight,
			double ungradedY, double ungradedHeight, boolean labelled) {
	}

}
