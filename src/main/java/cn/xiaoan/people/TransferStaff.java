package cn.xiaoan.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Move a staff member to another school (调动), with the reason written into the history.
 */
record TransferStaff(Long schoolId,
		@Pattern(regexp = "(\\d{10})?", message = "{staff.transfer.code.invalid}") String schoolCode,
		@NotBlank @Size(max = 200) String reason) {

	TransferStaff {
		reason = reason == null ? null : reason.trim();
		schoolCode = schoolCode == null ? "" : schoolCode.trim();
	}

}
