package cn.xiaoan.bullying;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A report: the school (chosen on the public form, the reporter's own otherwise), when
 * and where it happened, what happened, who was bullied and by whom as far as the
 * reporter knows, and — unless anonymous — the reporter's name and a way to reach them.
 */
public record ReportBullying(Long schoolId, @NotNull LocalDate happenedOn, @Size(max = 100) String place,
		@NotBlank @Size(max = 2000) String description, @Size(max = 50) String victimName,
		@Size(max = 20) String victimGrade, @Size(max = 200) String actorNames, @Size(max = 20) String actorGrade,
		@Size(max = 50) String reporterName, @Size(max = 50) String reporterContact, LocalDate receivedOn) {

	public ReportBullying {
		place = clean(place);
		description = clean(description);
		victimName = clean(victimName);
		victimGrade = clean(victimGrade);
		actorNames = clean(actorNames);
		actorGrade = clean(actorGrade);
		reporterName = clean(reporterName);
		reporterContact = clean(reporterContact);
	}

	static String clean(String text) {
		return text == null ? "" : text.trim();
	}

}
