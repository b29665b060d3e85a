package cn.xiaoan.org;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Create or edit a school (form, API and spreadsheet row alike). */
public record SaveSchool(@NotBlank @Pattern(regexp = "\\d{10}", message = "{school.code.invalid}") String code,
		@NotBlank @Size(max = 100) String name, @NotNull SchoolType type,
		@NotBlank @Pattern(regexp = "\\d{6}|\\d{9}", message = "{region.code.invalid}") String regionCode,
		@Size(max = 200) String address, @Size(max = 30) String phone, boolean boarding,
		@Min(0) @Max(100000) int studentCount, @Min(0) @Max(100000) int boarderCount,
		@Min(0) @Max(20000) int staffCount) {

	public SaveSchool {
		address = address == null ? "" : address.trim();
		phone = phone == null ? "" : phone.trim();
		name = name == null ? null : name.trim();
	}

}
