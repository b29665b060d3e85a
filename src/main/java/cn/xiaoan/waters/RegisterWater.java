package cn.xiaoan.waters;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A key water as its township registers or corrects it. {@code regionCode} is the
 * township (the caller's own when blank); {@code outline} as {@link Outline#parse} reads
 * it.
 */
public record RegisterWater(String regionCode, @NotBlank @Size(max = 100) String name, @NotNull WaterKind kind,
		@NotNull WaterRisk riskLevel, @NotBlank @Size(max = 4000) String outline,
		@NotBlank @Size(max = 100) String ownerUnit, @NotBlank @Size(max = 50) String ownerPerson,
		@Size(max = 30) String ownerPhone, @NotNull @Min(0) @Max(999) Integer signs, @Size(max = 300) String equipment,
		@Valid List<NearbySchool> schools) {

	public RegisterWater {
		name = name == null ? null : name.trim();
		ownerUnit = ownerUnit == null ? null : ownerUnit.trim();
		ownerPerson = ownerPerson == null ? null : ownerPerson.trim();
		ownerPhone = ownerPhone == null ? "" : ownerPhone.trim();
		equipment = equipment == null ? "" : equipment.trim();
		schools = schools == null ? List.of() : List.copyOf(schools);
	}

}
