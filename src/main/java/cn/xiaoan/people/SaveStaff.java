package cn.xiaoan.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create a staff member of a school. */
public record SaveStaff(@NotBlank @Size(max = 50) String name, @Pattern(regexp = "[MFU]?") String gender,
		@Pattern(regexp = "(1\\d{10})?", message = "{phone.invalid}") String phone,
		@NotBlank @Size(max = 30) String postCode, boolean fullTime, @Size(max = 30) String employeeNo) {

	public SaveStaff {
		name = name == null ? null : name.trim();
		gender = gender == null || gender.isBlank() ? "U" : gender;
		phone = phone == null ? "" : phone.trim();
		employeeNo = employeeNo == null ? "" : employeeNo.trim();
	}

}
