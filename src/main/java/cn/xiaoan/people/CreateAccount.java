package cn.xiaoan.people;

import java.util.List;

import cn.xiaoan.shared.DataKind;
import cn.xiaoan.shared.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Create an account: a bureau or partner role at a region, or a school role at a school
 * (linked to the staff member {@code staffId}, or to a staff record created for it). The
 * initial password must be changed at first sign-in.
 */
record CreateAccount(
		@NotBlank @Pattern(regexp = "[A-Za-z0-9_.@-]{3,64}", message = "{account.username.invalid}") String username,
		@NotBlank @Size(max = 50) String displayName, @NotNull Role role, String regionCode, Long schoolId,
		Long staffId, @NotBlank String initialPassword, List<DataKind> dataKinds) {

	CreateAccount {
		username = username == null ? null : username.trim();
		displayName = displayName == null ? null : displayName.trim();
		regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.trim();
		dataKinds = dataKinds == null ? List.of() : List.copyOf(dataKinds);
	}

}
