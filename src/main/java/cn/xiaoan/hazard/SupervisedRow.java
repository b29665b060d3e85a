package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import cn.xiaoan.shared.RegionCode;

/**
 * A row of {@code GET /api/v1/hazards/supervised}: a row of the 督办 page for the same
 * caller and filter, in its order (ADR 0081). One of this platform ({@code source} null)
 * carries its id (for {@code /api/v1/hazards/{id}}), school id and title; one under 督办 at
 * an installation below carries the name of that installation as {@code source} and none
 * of them (its ids there are not this platform's; the title stays below, ADR 0066), nor
 * anything of a person (who listed it, the summons' note). {@code key} tells every row
 * apart: {@code here-<id>} or {@code below-<source>-<number>}. Times in Beijing time.
 */
record SupervisedRow(String key, Long id, String source, String number, String title, Long schoolId, String schoolName,
		String regionCode, HazardGrade grade, HazardStatus status, LocalDate deadline, boolean overdue,
		RegionCode.Level bureauLevel, String bureauRegion, String noticeNo, LocalDate acceptanceDue,
		boolean acceptanceOverdue, OffsetDateTime acceptedAt, OffsetDateTime summonedAt) {

	private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

	/**
	 * The row of a page line; {@code schoolNames} names this platform's schools by id.
	 */
	static SupervisedRow of(SupervisionLine line, Map<String, String> schoolNames, LocalDate today) {
		if (line.fromBelow()) {
			LedgerElsewhere.Supervised b = line.below();
			return new SupervisedRow("below-" + b.source() + "-" + b.number(), null, b.source(), b.number(), null, null,
					b.schoolName(), b.regionCode(), line.grade(), line.status(), line.deadline(), line.overdue(),
					line.bureauLevel(), line.bureauRegion(), line.noticeNo(), line.acceptanceDue(),
					line.acceptanceOverdue(today), beijing(b.acceptedAt()), beijing(b.summonedAt()));
		}
		HazardSummary h = line.here().hazard();
		HazardSupervision.Listing listing = line.here().listing();
		return new SupervisedRow("here-" + h.id(), h.id(), null, h.number(), h.title(), h.schoolId(),
				schoolNames.get(String.valueOf(h.schoolId())), h.regionCode(), line.grade(), line.status(),
				line.deadline(), line.overdue(), line.bureauLevel(), line.bureauRegion(), line.noticeNo(),
				line.acceptanceDue(), line.acceptanceOverdue(today), beijing(listing.acceptedAt()),
				beijing(listing.summonedAt()));
	}

	private static OffsetDateTime beijing(OffsetDateTime at) {
		return at == null ? null : at.withOffsetSameInstant(BEIJING);
	}

}
