package cn.xiaoan.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Move a staff member to another school (调动), with the reason written into the history.
 */
record TransferStaff(@NotNull Long schoolId, @NotBlank @Size(max = 200) String reason) {

	TransferStaff {
		reason = reason == null ? null : reason.trim();
	}

}
