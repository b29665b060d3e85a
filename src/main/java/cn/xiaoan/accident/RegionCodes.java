package cn.xiaoan.accident;

import cn.xiaoan.shared.RegionCode;

/** A bureau's scope prefix ("4504") as its full region code ("450400"). */
final class RegionCodes {

	private RegionCodes() {
	}

	static String full(String prefixOrCode) {
		return RegionCode.isValid(prefixOrCode) ? prefixOrCode : RegionCode.fromPrefix(prefixOrCode).value();
	}

}
