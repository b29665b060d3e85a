package cn.xiaoan.surroundings;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A venue or issue as a township, county or school records it: the school it was found
 * around, what it is, where (a point on the map in WGS84 degrees) and the department that
 * deals with it (the kind's usual one when null).
 */
public record RegisterVenue(@NotNull Long schoolId, @NotNull VenueKind kind, @NotBlank @Size(max = 100) String name,
		@NotBlank @Size(max = 200) String address, @NotNull @DecimalMin("73") @DecimalMax("136") Double longitude,
		@NotNull @DecimalMin("3") @DecimalMax("54") Double latitude, Department department,
		@Size(max = 500) String note) {

	public RegisterVenue {
		name = name == null ? null : name.trim();
		address = address == null ? null : address.trim();
		note = note == null ? "" : note.trim();
	}

	Department responsible() {
		return department == null ? kind.department() : department;
	}

}
