package cn.xiaoan.opinion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person involved, anonymised by default ("学生王某（初二）"); a full name only when the
 * opener's unit chooses to record it ({@code fullName} given).
 */
public record AddPerson(@NotBlank @Size(max = 50) String label, boolean minor, @Size(max = 50) String fullName) {

	public AddPerson {
		label = label == null ? null : label.trim();
		fullName = fullName == null || fullName.isBlank() ? null : fullName.trim();
	}

}
