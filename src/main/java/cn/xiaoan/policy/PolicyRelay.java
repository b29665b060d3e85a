package cn.xiaoan.policy;

import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policy between installations (四级联网): the values a bureau above set for its region (or
 * for a region below it) reach the installation below and are kept there as the values of
 * that region, so the bureaus and schools below see them as inherited — exactly as if the
 * bureau above were on this installation — and cannot change them. Only the installation
 * itself (the exchange, on a signed envelope) calls it: no role holds
 * {@link #POLICY_RELAY} but the system's.
 */
@Service
@Transactional
public class PolicyRelay {

	public static final Permission POLICY_RELAY = Permission.grantedTo("POLICY_RELAY");

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	PolicyRelay(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** A region's own value of a setting now; value null when it has none. */
	@Transactional(readOnly = true)
	public PolicyFromAbove toRelay(String setting, String regionCode) {
		Callers.current().require(POLICY_RELAY);
		return jdbc.sql("""
				select value, legal_basis, set_by from policy.override where setting_key = :k and region_code = :r""")
			.param("k", setting)
			.param("r", regionCode)
			.query((rs, n) -> new PolicyFromAbove(setting, regionCode, rs.getString(1), rs.getString(2),
					rs.getString(3)))
			.optional()
			.orElse(new PolicyFromAbove(setting, regionCode, null, null, null));
	}

	/**
	 * The values in force at {@code regionCode} or below it that regions other than the
	 * national default set: what an installation serving that region must know.
	 */
	@Transactional(readOnly = true)
	public List<PolicyFromAbove> along(String regionCode) {
		Callers.current().require(POLICY_RELAY);
		String prefix = RegionCode.of(regionCode).prefix();
		return jdbc.sql("""
				select setting_key, region_code, value, legal_basis, set_by from policy.override order by id""")
			.query((rs, n) -> new PolicyFromAbove(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list()
			.stream()
			.filter(p -> RegionCode.isValid(p.regionCode())
					&& (prefix.startsWith(RegionCode.of(p.regionCode()).prefix())
							|| RegionCode.of(p.regionCode()).prefix().startsWith(prefix)))
			.toList();
	}

	/**
	 * Keeps (or removes, value null) a value set above, without the ordering checks: the
	 * bureau above decided it on its installation. False for a setting this release does
	 * not know or a value it does not accept.
	 */
	public boolean receive(PolicyFromAbove above) {
		Callers.current().require(POLICY_RELAY);
		PolicySetting setting;
		try {
			setting = PolicySetting.valueOf(above.setting());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		if (!RegionCode.isValid(above.regionCode())
				|| (above.value() != null && setting.problem(above.value()) != null)) {
			return false;
		}
		String key = setting.name() + "@" + above.regionCode();
		if (above.value() == null) {
			int removed = jdbc.sql("delete from policy.override where setting_key = :k and region_code = :r")
				.param("k", setting.name())
				.param("r", above.regionCode())
				.update();
			if (removed > 0) {
				events.publishEvent(new EntityChanged("policy", key, "DELETE", above.regionCode(), null,
						Map.of("setting", setting.name()), Map.of()));
				events.publishEvent(new PolicyChanged(setting.name(), above.regionCode()));
			}
			return true;
		}
		String basis = cut(above.legalBasis() == null ? "" : above.legalBasis(), 300);
		String by = cut(above.setBy() == null ? "" : above.setBy(), 64);
		jdbc.sql("""
				insert into policy.override (setting_key, region_code, value, legal_basis, set_by, set_at)
				values (:k, :r, :v, :b, :u, now())
				on conflict (setting_key, region_code) do update
				set value = excluded.value, legal_basis = excluded.legal_basis, set_by = excluded.set_by,
				    set_at = excluded.set_at""")
			.param("k", setting.name())
			.param("r", above.regionCode())
			.param("v", above.value())
			.param("b", basis)
			.param("u", by)
			.update();
		events.publishEvent(EntityChanged.updated("policy", key, above.regionCode(), null, Map.of(),
				Map.of("value", above.value(), "legalBasis", basis)));
		events.publishEvent(new PolicyChanged(setting.name(), above.regionCode()));
		return true;
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

}
