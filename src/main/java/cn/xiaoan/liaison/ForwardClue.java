package cn.xiaoan.liaison;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A clue forwarded to the police: what happened, where and when (Beijing time), the
 * students involved only as grade + initials + part, the adults involved (who may be
 * named), and the number of a related case (a bullying or opinion case) if any. A bureau
 * names the school it concerns, or none; a school's own is implied.
 */
public record ForwardClue(Long schoolId, @NotNull ClueCategory category,
		@NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime happenedAt,
		@NotBlank @Size(max = 200) String place, @NotBlank @Size(max = 2000) String what,
		@Size(max = 6) List<@Valid InvolvedStudent> students, @Size(max = 500) String adults,
		@Size(max = 60) String relatedCase) {

	/** The same clue with the students a page's rows gave. */
	ForwardClue withStudents(List<InvolvedStudent> rows) {
		return new ForwardClue(schoolId, category, happenedAt, place, what, rows, adults, relatedCase);
	}

	public ForwardClue {
		students = students == null ? List.of() : List.copyOf(students);
		adults = adults == null ? "" : adults.trim();
		relatedCase = relatedCase == null ? "" : relatedCase.trim();
		place = place == null ? null : place.trim();
		what = what == null ? null : what.trim();
	}

}
