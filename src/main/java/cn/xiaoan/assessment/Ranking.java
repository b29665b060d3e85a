package cn.xiaoan.assessment;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A ranking of a scheme over a period within a region: a page of its schools, the bureaus
 * one level down, and when the scores were computed.
 */
public record Ranking(SchemeView scheme, AssessmentPeriod period, String regionCode, String regionName,
		LocalDateTime computedAt, long schoolCount, int page, int size, List<RankedSchool> schools,
		List<RankedRegion> regions) {

	public int pages() {
		return (int) Math.max(1, (schoolCount + size - 1) / size);
	}

}
