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

	/**
	 * Each setting's value per region as resolved so far: a bureau's pages ask it for
	 * every school of their region, most of which share a township or county.
	 */
	private final Map<String, EffectiveValue> resolved = new java.util.concurrent.ConcurrentHashMap<>();

	/** The regions that have a value of their own for some setting. */
	private final java.util.Set<String> overridden;

	PolicySnapshot(Map<String, EffectiveValue> overrides) {
		this.overrides = overrides;
		this.overridden = overrides.values()
			.stream()
			.map(EffectiveValue::sourceRegion)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	/**
	 * Whether the region has a value of its own for any setting; one without takes every
	 * value from its parent.
	 */
	public boolean hasOverridesAt(String regionCode) {
		return overridden.contains(regionCode);
	}

	/**
	 * The nearest override at or above the region (county, city, province), else the
	 * national default.
	 */
	public EffectiveValue effective(PolicySetting setting, String regionCode) {
		return resolved.computeIfAbsent(setting.name() + "@" + regionCode, key -> resolve(setting, regionCode));
	}

	private EffectiveValue resolve(PolicySetting setting, String regionCode) {
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

	/** This snapshot as it would be with the region's own value of a setting. */
	PolicySnapshot with(EffectiveValue override) {
		Map<String, EffectiveValue> changed = new java.util.HashMap<>(overrides);
		changed.put(override.setting().name() + "@" + override.sourceRegion(), override);
		return new PolicySnapshot(changed);
	}

	/** This snapshot as it would be without the region's own value of a setting. */
	PolicySnapshot without(PolicySetting setting, String regionCode) {
		Map<String, EffectiveValue> changed = new java.util.HashMap<>(overrides);
		changed.remove(setting.name() + "@" + regionCode);
		return new PolicySnapshot(changed);
	}

	/**
	 * The region and every region below it that has a value of its own, the region first.
	 */
	List<String> regionAndOverridesBelow(String regionCode) {
		java.util.TreeSet<String> below = new java.util.TreeSet<>();
		overrides.values()
			.stream()
			.map(EffectiveValue::sourceRegion)
			.filter(r -> RegionCode.of(regionCode).contains(r) && !r.equals(regionCode))
			.forEach(below::add);
		java.util.List<String> regions = new java.util.ArrayList<>();
		regions.add(regionCode);
		regions.addAll(below);
		return regions;
	}

}
