package cn.xiaoan.surroundings;

/** A school of the caller's scope and where its gate lies (null when not yet set). */
public record SchoolPosition(long schoolId, String name, String regionCode, Double longitude, Double latitude) {
}
