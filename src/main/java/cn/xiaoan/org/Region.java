package cn.xiaoan.org;

import cn.xiaoan.shared.RegionCode;

/**
 * An administrative division. A retired one (撤销) keeps its code for the history that
 * points at it and names the region that took over its schools, if any.
 */
public record Region(String code, String name, RegionCode.Level level, String parentCode, boolean retired,
		String successorCode) {

	/** A region in use. */
	public Region(String code, String name, RegionCode.Level level, String parentCode) {
		this(code, name, level, parentCode, false, null);
	}

	public String messageKeyOfLevel() {
		return "region.level." + level.name();
	}

	/**
	 * The significant leading digits that the codes of everything below it start with.
	 */
	public String prefix() {
		return RegionCode.of(code).prefix();
	}

}
