package cn.xiaoan.org;

import java.time.OffsetDateTime;

/**
 * One entry of a region's history: added, renamed (old and new name), moved under another
 * parent or retired (into its successor), with who, when and why. Codes are shown with
 * their names.
 */
public record RegionChange(String action, String oldValue, String newValue, String reason, String byName,
		OffsetDateTime at) {

	/**
	 * The message key of a reason the system recorded, or null for one a person typed.
	 */
	public String reasonKey() {
		return RegionRules.reasonKey(reason);
	}

	public String messageKey() {
		return "region.history." + action + (newValue == null ? ".alone" : "");
	}

}
