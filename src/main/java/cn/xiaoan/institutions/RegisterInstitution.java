package cn.xiaoan.institutions;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An institution as the county or its township registers or corrects it.
 * {@code regionCode} is the township (the caller's own when blank); a blank
 * {@code licenceNo} records an institution found without a licence (无证).
 */
public record RegisterInstitution(String regionCode, @NotBlank @Size(max = 100) String name,
		@Size(max = 50) String licenceNo,
		@Pattern(regexp = "|[0-9A-HJ-NPQRTUWXY]{18}", message = "{institutions.error.creditCode}") String creditCode,
		@NotBlank @Size(max = 200) String address, @NotEmpty List<Subject> subjects,
		@NotNull @Min(1) @Max(100000) Integer capacity, @NotBlank @Size(max = 50) String responsiblePerson,
		@Size(max = 30) String phone, @Min(-180) @Max(180) Double longitude, @Min(-90) @Max(90) Double latitude) {

	public RegisterInstitution {
		name = name == null ? null : name.trim();
		licenceNo = licenceNo == null ? "" : licenceNo.trim();
		creditCode = creditCode == null ? "" : creditCode.trim().toUpperCase(java.util.Locale.ROOT);
		address = address == null ? null : address.trim();
		subjects = subjects == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(subjects));
		responsiblePerson = responsiblePerson == null ? null : responsiblePerson.trim();
		phone = phone == null ? "" : phone.trim();
	}

	/** Licensed: it holds a 办学许可证 number. */
	public boolean licensed() {
		return !licenceNo.isEmpty();
	}

}
