package cn.xiaoan.assessment;

import java.util.List;

/**
 * A scheme with its indicators; {@code adaptedFrom} the scheme it copies (null for an
 * original).
 */
public record SchemeView(long id, String regionCode, String regionName, int year, String name, Long adaptedFrom,
		String adaptedFromName, String createdByName, List<IndicatorView> indicators) {

	/** The points of all indicators together (100 in a well-made scheme). */
	public double maxPoints() {
		return indicators.stream().mapToDouble(IndicatorView::weight).sum();
	}

	public boolean hasInspectedItems() {
		return indicators.stream().anyMatch(i -> !i.kind().computed());
	}

	/**
	 * The computed indicators other than the hazard ledger's, one per kind (the ranking
	 * shows a column for each).
	 */
	public List<IndicatorView> otherComputed() {
		java.util.Set<IndicatorKind> seen = java.util.EnumSet.noneOf(IndicatorKind.class);
		return indicators.stream()
			.filter(i -> i.kind().computed() && !i.kind().hazard() && seen.add(i.kind()))
			.toList();
	}

	/** An indicator of the scheme. */
	public record IndicatorView(long id, int position, String name, IndicatorKind kind, double weight, Double target) {
	}

}
