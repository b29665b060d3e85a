package cn.xiaoan.schoolbus;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A school bus of a school: plate, operator (the school or its service provider), seats
 * (核定载人数), 校车标牌 number and validity, next safety inspection, carrier's liability
 * insurance, and whether the statutory equipment (hammer, extinguisher, first-aid kit,
 * GPS and recorder) is on board.
 */
public record RegisterVehicle(@NotNull Long schoolId, @NotBlank @Size(max = 20) String plate,
		@NotBlank @Size(max = 100) String operator, @Size(max = 50) String model,
		@NotNull @Min(1) @Max(80) Integer seats, @Size(max = 50) String permitNo,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate permitExpires,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectionDue,
		@Size(max = 50) String insuranceNo,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate insuranceExpires, boolean equipmentOk) {

	public RegisterVehicle {
		plate = plate == null ? null : plate.trim().toUpperCase(java.util.Locale.ROOT);
		operator = operator == null ? null : operator.trim();
		model = model == null ? "" : model.trim();
		permitNo = permitNo == null ? "" : permitNo.trim();
		insuranceNo = insuranceNo == null ? "" : insuranceNo.trim();
	}

}
