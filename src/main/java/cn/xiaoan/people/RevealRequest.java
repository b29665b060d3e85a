package cn.xiaoan.people;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** Which masked fields of a student to reveal and why (written to the audit trail). */
record RevealRequest(@NotEmpty Set<String> fields, @NotBlank @Size(max = 100) String purpose) {

	RevealRequest {
		fields = fields == null ? Set.of()
				: fields.stream()
					.filter(java.util.Objects::nonNull)
					.collect(java.util.stream.Collectors.toUnmodifiableSet());
		purpose = purpose == null ? null : purpose.trim();
	}

}
