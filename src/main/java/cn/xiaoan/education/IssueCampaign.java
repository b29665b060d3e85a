package cn.xiaoan.education;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Issue a campaign: its lesson, dates and whether parents must confirm the parent part.
 * {@code regionCode} is needed only from a system administrator; a bureau always issues
 * to its own region.
 */
public record IssueCampaign(@NotBlank @Size(max = 100) String title, @Size(max = 2000) String description,
		@NotBlank String lessonCode, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn, boolean requiresParent,
		String regionCode) {

	public IssueCampaign {
		title = title == null ? null : title.trim();
		description = description == null ? "" : description.trim();
	}

}
