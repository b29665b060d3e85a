package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.SafetyCategory;

/**
 * A hazard's state as of one change of its status, grade, deadline, escalation or 督办 —
 * reported, graded, rectification started or reported done, verified or sent back,
 * closed, fixed on the spot, its plan's deadline set, raised a level, listed for 挂牌督办 or
 * accepted on site by the supervising bureau — or as it stands now (the first full sync
 * of four-level networking, {@link OpenHazards}). Carries the whole state, not the step,
 * so a listener keeps the newest by {@code version} (which rises with every change of the
 * hazard, under its row lock) and may ignore an older one arriving late. Facts of the
 * hazard only: title, description and people stay here.
 * <p>
 * {@code grade} is the graded one, null until graded ({@code suggestedGrade} is the
 * reporter's); {@code closedAt} is set once closed (销号); {@code escalation} is the level
 * an overdue hazard has reached ({@link EscalationLevel#SCHOOL} until raised);
 * {@code supervision} is null until listed for 挂牌督办; {@code doneAt} is when it stopped
 * counting as open (its first verification or closing; null while open), as the weekly
 * chart of open hazards counts it.
 */
public record HazardStatusChanged(long hazardId, String number, long schoolId, String regionCode,
		SafetyCategory category, OffsetDateTime foundAt, HazardStatus status, HazardGrade grade,
		HazardGrade suggestedGrade, LocalDate deadline, OffsetDateTime closedAt, long version,
		EscalationLevel escalation, Supervision supervision, OffsetDateTime doneAt) {

	/**
	 * 挂牌督办 as it stands: the supervising bureau (its level and region), the notice, the
	 * deadline it set and when it accepted the rectification on site (null: not yet), the
	 * date its on-site acceptance is due by, and when it summoned the school's leaders
	 * (约谈, null: not). A hazard is under supervision (督办中) while listed and not closed,
	 * as the ledger's filter counts it.
	 */
	public record Supervision(RegionCode.Level bureauLevel, String bureauRegion, String noticeNo, LocalDate deadline,
			OffsetDateTime acceptedAt, LocalDate acceptanceDue, OffsetDateTime summonedAt) {
	}

	/** The grade as known: graded, else the one suggested when reported. */
	public HazardGrade gradeKnown() {
		return grade != null ? grade : suggestedGrade;
	}

}
