package cn.xiaoan.hazard;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.xiaoan.shared.SafetyCategory;

/**
 * A hazard's state as of one change of its status, grade or deadline — reported, graded,
 * rectification started or reported done, verified or sent back, closed, fixed on the
 * spot, its plan's or its supervision's deadline set — or as it stands now (the first
 * full sync of four-level networking, {@link OpenHazards}). Carries the whole state, not
 * the step, so a listener keeps the newest by {@code version} (which rises with every
 * change of the hazard, under its row lock) and may ignore an older one arriving late.
 * Facts of the hazard only: title, description and people stay here.
 * <p>
 * {@code grade} is the graded one, null until graded ({@code suggestedGrade} is the
 * reporter's); {@code closedAt} is set once closed (销号).
 */
public record HazardStatusChanged(long hazardId, String number, long schoolId, String regionCode,
		SafetyCategory category, OffsetDateTime foundAt, HazardStatus status, HazardGrade grade,
		HazardGrade suggestedGrade, LocalDate deadline, OffsetDateTime closedAt, long version) {

	/** The grade as known: graded, else the one suggested when reported. */
	public HazardGrade gradeKnown() {
		return grade != null ? grade : suggestedGrade;
	}

}
