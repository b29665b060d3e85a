package cn.xiaoan.accident;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Report an accident of a school (事故快报): when and where it happened (Beijing time), its
 * kind and severity, what happened, the first measures, when the guardians were told,
 * whether the police or a hospital were involved, and the people hurt.
 */
public record ReportAccident(@NotNull Long schoolId,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt,
		@NotBlank @Size(max = 100) String place, @NotNull AccidentKind kind, @NotNull Severity severity,
		@Size(max = 2000) String description, @NotBlank @Size(max = 1000) String firstMeasures,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime guardiansInformedAt, boolean policeInvolved,
		boolean medicalInvolved, @Valid @Size(max = 50) List<Victim> victims) {

	public ReportAccident {
		place = place == null ? null : place.trim();
		description = description == null ? "" : description.trim();
		firstMeasures = firstMeasures == null ? null : firstMeasures.trim();
		victims = victims == null ? List.of() : victims.stream().filter(v -> v != null && !v.blank()).toList();
	}

	/**
	 * A person hurt: a student of the roll ({@code studentId}, the school only) or a
	 * person named by surname ({@code surname}, shown as "李某"), with grade, age and
	 * injury.
	 */
	public record Victim(PersonKind kind, Long studentId, @Size(max = 10) String surname,
			@Size(max = 30) String gradeName, Integer age, Injury injury) {

		public Victim {
			surname = surname == null ? "" : surname.trim();
			gradeName = gradeName == null ? "" : gradeName.trim();
		}

		boolean blank() {
			return studentId == null && surname.isEmpty() && injury == null;
		}

	}

}
