package cn.xiaoan.liaison;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A school's 法治副校长 appointed from the police: who, from which 派出所, the phone, the period.
 * A school's own leaders name their school implicitly; a bureau names it.
 */
public record AppointDeputy(Long schoolId, @NotBlank @Size(max = 50) String name,
		@NotBlank @Size(max = 100) String policeUnit,
		@NotBlank @Pattern(regexp = "[0-9+\\- ]{5,30}", message = "{liaison.deputy.phone.invalid}") String phone,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {

	public AppointDeputy {
		name = name == null ? null : name.trim();
		policeUnit = policeUnit == null ? null : policeUnit.trim();
		phone = phone == null ? null : phone.trim();
	}

	@AssertTrue(message = "{liaison.deputy.period.invalid}")
	public boolean isEndsAfterStart() {
		return startsOn == null || endsOn == null || endsOn.isAfter(startsOn);
	}

}
