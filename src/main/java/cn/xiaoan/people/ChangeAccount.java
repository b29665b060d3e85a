package cn.xiaoan.people;

import java.util.List;

import cn.xiaoan.shared.DataKind;
import cn.xiaoan.shared.Role;
import jakarta.validation.constraints.NotNull;

/**
 * Change an account's role, scope or shared data kinds, within what the administrator may
 * grant. A staff member's move to another school is a transfer, not this.
 */
record ChangeAccount(@NotNull Role role, String regionCode, Long schoolId, List<DataKind> dataKinds) {

	ChangeAccount {
		regionCode = regionCode == null || regionCode.isBlank() ? null : regionCode.trim();
		dataKinds = dataKinds == null ? List.of() : List.copyOf(dataKinds);
	}

}
