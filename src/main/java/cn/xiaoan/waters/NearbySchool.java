package cn.xiaoan.waters;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A school near a water and how far it is, in metres, as the township measured it
 * ({@code org} keeps no school coordinates); optionally where the school's gate is, for
 * the map.
 */
public record NearbySchool(@NotNull Long schoolId, @NotNull @Min(0) @Max(50_000) Integer distanceM, Double longitude,
		Double latitude) {
}
