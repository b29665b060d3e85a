package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Issue a campaign: its lesson, dates, whether parents must confirm the parent part, and
 * the school stages it targets (none: every stage). {@code regionCode} is needed only
 * from a system administrator; a bureau always issues to its own region.
 */
public record IssueCampaign(@NotBlank @Size(max = 100) String title, @Size(max = 2000) String description,
		@NotBlank String lessonCode, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn, boolean requiresParent,
		String regionCode, List<String> stages) {

	public IssueCampaign {
		title = title == null ? null : title.trim();
		description = description == null ? "" : description.trim();
		stages = stages == null ? List.of() : List.copyOf(stages);
	}

	/** A campaign for every stage. */
	public IssueCampaign(String title, String description, String lessonCode, LocalDate startsOn, LocalDate endsOn,
			boolean requiresParent, String regionCode) {
		this(title, description, lessonCode, startsOn, endsOn, requiresParent, regionCode, List.of());
	}

}
