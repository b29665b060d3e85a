package cn.xiaoan.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the accounts work, so the audit trail can say where the person who acted belongs
 * (a unit's name, not an account number). One query for a page of accounts.
 */
@Service
@Transactional(readOnly = true)
public class AccountUnits {

	private final JdbcClient jdbc;

	AccountUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The units of these accounts, by account id (an unknown id is left out). */
	public Map<Long, AccountUnit> of(Collection<Long> accountIds) {
		Map<Long, AccountUnit> units = new HashMap<>();
		if (!accountIds.isEmpty()) {
			jdbc.sql("select id, school_id, region_code from people.account where id = any(:ids)")
				.param("ids", accountIds.stream().distinct().toArray(Long[]::new))
				.query(rs -> {
					units.put(rs.getLong(1), new AccountUnit(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3)));
				});
		}
		return units;
	}

}
