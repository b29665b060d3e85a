package cn.xiaoan.policy;

import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.RegionCode;

/**
 * All overrides at one moment; resolves effective values for many schools without a query
 * each.
 */
public final class PolicySnapshot {

	private final Map<String, EffectiveValue> overrides;

	PolicySnapshot(Map<String, EffectiveValue> overrides) {
		this.overrides = overrides;
	}

	/**
	 * The nearest override at or above the region (county, city, province), else the
	 * national default.
	 */
	public EffectiveValue effective(PolicySetting setting, String regionCode) {
		RegionCode region = RegionCode.isValid(regionCode) ? RegionCode.of(regionCode) : null;
		while (region != null) {
			EffectiveValue value = overrides.get(setting.name() + "@" + region.value());
			if (value != null) {
				return value;
			}
			region = region.parent();
		}
		return new EffectiveValue(setting, setting.nationalDefault(), null, null, null, setting.nationalBasis());
	}

	public List<EffectiveValue> all(String regionCode) {
		return java.util.Arrays.stream(PolicySetting.values()).map(s -> effective(s, regionCode)).toList();
	}

}
