package cn.xiaoan.duty;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.Region;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing rates rolled up school → county → city → province, read from the holders' rows
 * with one GROUP BY over the region's code prefix (staff are a tenth of the students: no
 * incremental tally is kept, see ADR 0027).
 */
@Service
@Transactional(readOnly = true)
class DutyRates {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final SchoolYears years;

	DutyRates(JdbcClient jdbc, OrgManagement org, SchoolYears years) {
		this.jdbc = jdbc;
		this.org = org;
		this.years = years;
	}

	/**
	 * The rates below a region in the caller's scope (the caller's own region when null).
	 */
	SigningRates below(String regionCode) {
		CurrentUser caller = Callers.current().require(DutyManagement.DUTY_OVERSEE);
		String code = regionCode == null || regionCode.isBlank() ? home(caller) : regionCode;
		if (!RegionCode.isValid(code) || !caller.scope().coversRegion(code)) {
			throw new NotFound("region", code);
		}
		Region region = org.region(code).orElseThrow(() -> new NotFound("region", regionCode));
		RegionCode rc = RegionCode.of(code);
		OffsetDateTime start = years.start(code);
		boolean schools = rc.level() == RegionCode.Level.COUNTY || rc.level() == RegionCode.Level.TOWNSHIP;
		List<SigningRates.Row> rows = new ArrayList<>();
		if (schools) {
			Map<String, long[]> counts = counts("school_id::text", rc.prefix(), start);
			org.schoolsInScope(new SchoolQuery("", null, code, 0, 200, "code")).forEach(s -> {
				long[] c = counts.getOrDefault(String.valueOf(s.id()), new long[2]);
				rows.add(new SigningRates.Row(null, s.id(), s.name(), c[0], c[1]));
			});
		}
		else {
			int length = rc.level() == RegionCode.Level.PROVINCE ? 4 : 6;
			Map<String, long[]> counts = counts("substr(region_code, 1, " + length + ")", rc.prefix(), start);
			org.regionsInScope(code).stream().filter(r -> !r.retired()).forEach(r -> {
				long[] c = counts.getOrDefault(r.prefix(), new long[2]);
				rows.add(new SigningRates.Row(r.code(), null, r.name(), c[0], c[1]));
			});
		}
		long holding = rows.stream().mapToLong(SigningRates.Row::holding).sum();
		long signed = rows.stream().mapToLong(SigningRates.Row::signed).sum();
		String parent = rc.parent() != null && caller.scope().coversRegion(rc.parent().value()) ? rc.parent().value()
				: null;
		return new SigningRates(code, region.name(), parent, years.label(code), schools, rows,
				new SigningRates.Row(code, null, region.name(), holding, signed));
	}

	/** The bureau's region; for the whole platform its first province. */
	private String home(CurrentUser caller) {
		String prefix = caller.scope().sqlRegionPrefix();
		if (!prefix.isEmpty()) {
			return RegionCode.fromPrefix(prefix).value();
		}
		return org.regionsInScope()
			.stream()
			.filter(r -> r.level() == RegionCode.Level.PROVINCE)
			.map(Region::code)
			.findFirst()
			.orElseThrow(() -> new NotFound("region", ""));
	}

	private Map<String, long[]> counts(String key, String prefix, OffsetDateTime start) {
		Map<String, long[]> counts = new HashMap<>();
		jdbc.sql("select " + key + """
				, count(*) filter (where version <> ''),
				  count(*) filter (where version <> '' and signed_version = version and signed_at >= :start)
				from duty.holder where region_code like :p || '%' group by 1""")
			.param("p", prefix)
			.param("start", start)
			.query(rs -> {
				counts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) });
			});
		return counts;
	}

}
