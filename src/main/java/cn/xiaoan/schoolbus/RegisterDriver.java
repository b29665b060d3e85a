package cn.xiaoan.schoolbus;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A school-bus driver with the statutory conditions as checked at entry or at the yearly
 * review ({@code reviewedOn}; the next review falls a year later).
 */
public record RegisterDriver(@NotNull Long schoolId, @NotBlank @Size(max = 50) String name,
		@NotBlank @Size(max = 30) String licenceNo,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
		@NotBlank @Size(max = 10) String licenceClass,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate licensedSince,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate licenceExpires, boolean fullPoints,
		boolean seriousAccident, boolean drinkDriving, boolean criminalRecord, boolean healthFit,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewedOn) {

	public RegisterDriver {
		name = name == null ? null : name.trim();
		licenceNo = licenceNo == null ? null : licenceNo.trim().toUpperCase(java.util.Locale.ROOT);
		licenceClass = licenceClass == null ? null : licenceClass.trim().toUpperCase(java.util.Locale.ROOT);
	}

	DriverConditions conditions() {
		return new DriverConditions(birthDate, licensedSince, licenceExpires, fullPoints, seriousAccident, drinkDriving,
				criminalRecord, healthFit, reviewedOn.plusYears(1));
	}

}
