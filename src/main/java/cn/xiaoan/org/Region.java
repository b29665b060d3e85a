package cn.xiaoan.org;

import cn.xiaoan.shared.RegionCode;

/** An administrative division. */
public record Region(String code, String name, RegionCode.Level level, String parentCode) {

	public String messageKeyOfLevel() {
		return "region.level." + level.name();
	}

}
