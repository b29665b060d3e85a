package cn.xiaoan.people;

import java.util.List;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enabled accounts of a partner department in a region, by name, for a bureau that
 * organises its partners (e.g. the police accounts a county attaches to its 派出所). The
 * caller's scope must reach the region; no personal data but the account's name.
 */
@Service
public class PartnerAccounts {

	/** A partner's account as another module may show it. */
	public record PartnerAccount(long id, String username, String displayName) {
	}

	private final JdbcClient jdbc;

	PartnerAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The accounts of the role whose region lies at or below {@code regionCode}. */
	@Transactional(readOnly = true)
	public List<PartnerAccount> under(String regionCode, Role role) {
		DataScope scope = Callers.current().scope();
		if (!role.isPartner() || !scope.coversRegion(regionCode)) {
			throw new AccessDenied("partner accounts of " + regionCode + " are outside the caller's scope");
		}
		return jdbc.sql("""
				select id, username, display_name from people.account
				where role = :role and enabled and school_id is null and region_code like :region || '%'
				order by display_name, username""")
			.param("role", role.name())
			.param("region", regionCode)
			.query((rs, n) -> new PartnerAccount(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

}
