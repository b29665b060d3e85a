package cn.xiaoan.hazard;

import cn.xiaoan.shared.SafetyCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Report a hazard of a school (排查). {@code inspectionTaskId} and {@code checklistItemId}
 * link a hazard found by an inspection to the failed item; {@code suggestedGrade} comes
 * from the checklist. Without {@code source}, a bureau's report is a spot check and
 * anyone else's an ad-hoc report.
 */
public record ReportHazard(@NotNull Long schoolId, @NotBlank @Size(max = 100) String title,
		@Size(max = 1000) String description, @Size(max = 100) String location, @NotNull SafetyCategory category,
		HazardSource source, Long inspectionTaskId, Long checklistItemId, HazardGrade suggestedGrade) {

	public ReportHazard {
		title = title == null ? null : title.trim();
		description = description == null ? "" : description.trim();
		location = location == null ? "" : location.trim();
	}

}
