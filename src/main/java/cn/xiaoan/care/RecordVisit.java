package cn.xiaoan.care;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A care visit: when, how, what the student thinks, how they study, the family, their
 * difficulties, the help given and when to follow up next. At least one of the five texts
 * is written (checked by {@link CareManagement}).
 */
public record RecordVisit(@NotNull LocalDate visitDate, @NotNull CareForm form, @Size(max = 1000) String thinking,
		@Size(max = 1000) String studies, @Size(max = 1000) String family, @Size(max = 1000) String difficulties,
		@Size(max = 1000) String helpGiven, LocalDate nextFollowUp) {

	public RecordVisit {
		thinking = clean(thinking);
		studies = clean(studies);
		family = clean(family);
		difficulties = clean(difficulties);
		helpGiven = clean(helpGiven);
	}

	private static String clean(String text) {
		return text == null ? "" : text.trim();
	}

	boolean empty() {
		return (thinking + studies + family + difficulties + helpGiven).isBlank();
	}

}
