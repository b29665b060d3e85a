package cn.xiaoan.org;

import java.time.OffsetDateTime;

/** A school moved from one region to another, with who, when and why. */
public record SchoolMove(long schoolId, String schoolName, String fromCode, String fromName, String toCode,
		String toName, String reason, String byName, OffsetDateTime at) {

	/**
	 * The message key of a reason the system recorded, or null for one a person typed.
	 */
	public String reasonKey() {
		return RegionRules.reasonKey(reason);
	}

}
