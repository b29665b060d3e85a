package cn.xiaoan.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * An assessment scheme as it travels between installations (四级联网): the bureau's region,
 * the year, its name and indicators (by position), and who defined it.
 */
public record SchemeFromAbove(long schemeId, String regionCode, int year, String name, String createdByName,
		List<Item> indicators) {

	public SchemeFromAbove {
		indicators = indicators == null ? List.of() : List.copyOf(indicators);
	}

	/** An indicator: its position, name, kind, points and the computed rule's target. */
	public record Item(int position, String name, IndicatorKind kind, BigDecimal weight, BigDecimal target) {
	}

}
