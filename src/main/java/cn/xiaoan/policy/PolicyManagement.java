package cn.xiaoan.policy;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.Region;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads effective settings and lets a bureau override them for its region. */
@Service
@Transactional(readOnly = true)
public class PolicyManagement {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final ApplicationEventPublisher events;

	PolicyManagement(JdbcClient jdbc, OrgManagement org, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.org = org;
		this.events = events;
	}

	/** Every override now in force (a small table: at most settings × regions). */
	public PolicySnapshot snapshot() {
		Map<String, EffectiveValue> overrides = new HashMap<>();
		jdbc.sql("select setting_key, region_code, value, set_by, set_at, legal_basis from policy.override")
			.query(rs -> {
				try {
					PolicySetting setting = PolicySetting.valueOf(rs.getString(1));
					overrides.put(setting.name() + "@" + rs.getString(2), new EffectiveValue(setting, rs.getString(3),
							rs.getString(2), rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getString(6)));
				}
				catch (IllegalArgumentException ex) {
					// a setting retired from the code: ignored
				}
			});
		return new PolicySnapshot(overrides);
	}

	public EffectiveValue effective(PolicySetting setting, String regionCode) {
		return snapshot().effective(setting, regionCode);
	}

	/** The effective values of a school in the caller's scope. */
	public List<EffectiveValue> effectiveForSchool(long schoolId) {
		return snapshot().all(org.school(schoolId).regionCode());
	}

	/** The effective values of a region in the caller's scope. */
	public List<EffectiveValue> effectiveForRegion(String regionCode) {
		CurrentUser caller = Callers.current();
		if (!RegionCode.isValid(regionCode) || !caller.scope().coversRegion(regionCode)) {
			throw new NotFound("region", regionCode);
		}
		return snapshot().all(regionCode);
	}

	/**
	 * Sets (or replaces) the region's own value of a setting. The value must lie in the
	 * setting's range and keep the ordering rules with the other settings in force at the
	 * region and at every region below it that has values of its own.
	 */
	@Transactional
	public EffectiveValue override(PolicySetting setting, String regionCode, String value, String legalBasis) {
		CurrentUser caller = Callers.current().require(Permission.POLICY_EDIT);
		Region region = overridableRegion(caller, regionCode);
		String typed = value == null ? null : value.trim();
		Map<String, String> errors = new HashMap<>();
		Map<String, Object[]> arguments = new HashMap<>();
		String problem = setting.problem(typed);
		PolicyConstraints.Range range = PolicyConstraints.range(setting);
		if (problem != null) {
			errors.put("value", problem);
		}
		else if (setting.type() == PolicySetting.Type.INTEGER && !range.contains(Integer.parseInt(typed))) {
			errors.put("value", "policy.value.range");
			arguments.put("value", new Object[] { String.valueOf(range.min()), String.valueOf(range.max()) });
		}
		if (legalBasis == null || legalBasis.isBlank() || legalBasis.length() > 300) {
			errors.put("legalBasis", "policy.basis.required");
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors, arguments);
		}
		PolicySnapshot now = lockedSnapshot();
		EffectiveValue before = now.effective(setting, region.code());
		new PolicyCheck(org.regionNames()).check(now,
				now.with(new EffectiveValue(setting, typed, region.code(), caller.username(), null, legalBasis)),
				setting, region.code(), false);
		jdbc.sql("""
				insert into policy.override (setting_key, region_code, value, legal_basis, set_by, set_at)
				values (:k, :r, :v, :b, :u, now())
				on conflict (setting_key, region_code) do update
				set value = excluded.value, legal_basis = excluded.legal_basis, set_by = excluded.set_by,
				    set_at = excluded.set_at""")
			.param("k", setting.name())
			.param("r", region.code())
			.param("v", typed)
			.param("b", legalBasis.trim())
			.param("u", caller.username())
			.update();
		events.publishEvent(EntityChanged.updated("policy", setting.name() + "@" + region.code(), region.code(), null,
				Map.of("value", before.value(), "source",
						before.sourceRegion() == null ? "national" : before.sourceRegion()),
				Map.of("value", typed, "legalBasis", legalBasis.trim())));
		events.publishEvent(new PolicyChanged(setting.name(), region.code()));
		return effective(setting, region.code());
	}

	/**
	 * Removes the region's own value so the value above applies again, unless that value
	 * would contradict another setting in force at the region or below it.
	 */
	@Transactional
	public void removeOverride(PolicySetting setting, String regionCode) {
		CurrentUser caller = Callers.current().require(Permission.POLICY_EDIT);
		Region region = overridableRegion(caller, regionCode);
		PolicySnapshot now = lockedSnapshot();
		PolicySnapshot after = now.without(setting, region.code());
		new PolicyCheck(org.regionNames()).check(now, after, setting, region.code(), true);
		int n = jdbc.sql("delete from policy.override where setting_key = :k and region_code = :r")
			.param("k", setting.name())
			.param("r", region.code())
			.update();
		if (n > 0) {
			events
				.publishEvent(new EntityChanged("policy", setting.name() + "@" + region.code(), "DELETE", region.code(),
						null, Map.of("setting", setting.name(), "value", now.effective(setting, region.code()).value()),
						Map.of("value", after.effective(setting, region.code()).value())));
			events.publishEvent(new PolicyChanged(setting.name(), region.code()));
		}
	}

	/**
	 * The overrides once no other policy change is under way: the checks compare values
	 * across regions, so two bureaus changing related settings at the same moment must
	 * not both pass on what the other has not yet written. Policy changes are rare; one
	 * transaction-scoped advisory lock serialises them.
	 */
	private PolicySnapshot lockedSnapshot() {
		jdbc.sql("select 1 from pg_advisory_xact_lock(hashtext('policy'))").query(Integer.class).single();
		return snapshot();
	}

	private Region overridableRegion(CurrentUser caller, String regionCode) {
		if (!RegionCode.isValid(regionCode) || !caller.scope().coversRegion(regionCode)) {
			throw new NotFound("region", regionCode);
		}
		Region region = org.region(regionCode).orElseThrow(() -> new NotFound("region", regionCode));
		if (region.level() == RegionCode.Level.TOWNSHIP) {
			throw new BusinessRuleViolation("regionCode", "policy.region.township");
		}
		return region;
	}

}
