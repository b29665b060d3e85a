package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Assign homework (安全作业) to classes of one school: a campaign's lesson, or any lesson
 * directly ({@code lessonCode}) with a deadline.
 */
public record AssignHomework(@NotNull Long schoolId, Long campaignId, String lessonCode, @Size(max = 100) String title,
		@NotEmpty List<Long> classIds, @NotNull LocalDate dueOn, boolean requiresParent) {

	public AssignHomework {
		title = title == null ? "" : title.trim();
		classIds = classIds == null ? List.of() : List.copyOf(classIds);
	}

}
