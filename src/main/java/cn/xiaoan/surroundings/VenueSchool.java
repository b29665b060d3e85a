package cn.xiaoan.surroundings;

/** A school near a venue and how far its gate is (null when its gate is not known). */
public record VenueSchool(long schoolId, String name, Integer distanceM) {
}
