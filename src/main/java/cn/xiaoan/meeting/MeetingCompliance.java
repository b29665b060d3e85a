package cn.xiaoan.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.Region;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.policy.PolicySnapshot;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 每季度至少召开一次: whether each township met the rule (policy, per township) in a quarter,
 * rolled up county → city → province, with drill-down; the counts come from the meetings
 * table on each view (a few thousand townships at most, one grouped query).
 */
@Service
@Transactional(readOnly = true)
public class MeetingCompliance {

	/** The quarters a township's line shows: the one asked for and the three before. */
	static final int QUARTERS = 4;

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final PolicyManagement policy;

	private final Clock clock;

	MeetingCompliance(JdbcClient jdbc, OrgManagement org, PolicyManagement policy, Clock clock) {
		this.jdbc = jdbc;
		this.org = org;
		this.policy = policy;
		this.clock = clock;
	}

	public Quarter currentQuarter() {
		return Quarter.of(LocalDate.now(clock));
	}

	/**
	 * The table of {@code regionCode} (the caller's own region when null) in the quarter;
	 * a region outside the caller's scope is not found.
	 */
	public Compliance of(String regionCode, Quarter quarter) {
		CurrentUser caller = Callers.current().require(MeetingPermissions.READ);
		String asked = regionCode != null ? regionCode : MeetingManagement.body(caller);
		String root = asked != null ? asked
				: org.regionsInScope()
					.stream()
					.filter(r -> r.level() == RegionCode.Level.PROVINCE)
					.map(Region::code)
					.findFirst()
					.orElseThrow(() -> new NotFound("region", "none"));
		if (!RegionCode.isValid(root) || !caller.scope().coversRegion(root)) {
			throw new NotFound("region", root);
		}
		Region region = org.region(root).orElseThrow(() -> new NotFound("region", regionCode));
		List<Region> below = org.regionsInScope().stream().filter(r -> !r.retired()).toList();
		String prefix = region.prefix();
		List<Region> townships = below.stream()
			.filter(r -> r.level() == RegionCode.Level.TOWNSHIP && r.code().startsWith(prefix))
			.toList();
		List<Quarter> quarters = new ArrayList<>();
		for (Quarter q = quarter; quarters.size() < QUARTERS; q = q.previous()) {
			quarters.add(0, q);
		}
		Map<String, int[]> counts = townshipCounts(prefix, quarters);
		Map<String, LocalDate> last = lastHeld(prefix);
		PolicySnapshot rules = policy.snapshot();
		Map<String, ComplianceRow> byTownship = new HashMap<>();
		for (Region t : townships) {
			int[] c = counts.getOrDefault(t.code(), new int[QUARTERS]);
			int required = rules.effective(PolicySetting.MEETING_TOWNSHIP_PER_QUARTER, t.code()).asInt();
			byTownship.put(t.code(),
					new ComplianceRow(t.code(), t.name(), t.level(), 1, c[QUARTERS - 1] >= required ? 1 : 0,
							java.util.Arrays.stream(c).boxed().toList(), required, last.get(t.code()), 0));
		}
		List<ComplianceRow> rows;
		if (region.level() == RegionCode.Level.TOWNSHIP || region.level() == RegionCode.Level.COUNTY) {
			rows = byTownship.values().stream().sorted(Comparator.comparing(ComplianceRow::code)).toList();
		}
		else {
			Map<String, Integer> joint = jointHeld(prefix, quarter.year());
			rows = below.stream()
				.filter(r -> root.equals(r.parentCode()) && r.level() != RegionCode.Level.TOWNSHIP)
				.map(r -> rollUp(r, byTownship, joint))
				.toList();
		}
		List<ComplianceRow> notMet = byTownship.values()
			.stream()
			.filter(r -> r.met() == 0)
			.sorted(Comparator.comparing(ComplianceRow::code))
			.toList();
		boolean holdsJoint = region.level() != RegionCode.Level.TOWNSHIP;
		int jointHeld = holdsJoint ? jointHeld(region.code(), quarter.year()).getOrDefault(region.code(), 0) : 0;
		int jointRequired = rules.effective(PolicySetting.MEETING_JOINT_PER_YEAR, region.code()).asInt();
		int met = (int) byTownship.values().stream().filter(r -> r.met() == 1).count();
		String parent = region.parentCode() != null && caller.scope().coversRegion(region.parentCode())
				? region.parentCode() : null;
		return new Compliance(region.code(), region.name(), parent, quarter, quarters, rows, notMet, byTownship.size(),
				met, holdsJoint, jointHeld, jointRequired);
	}

	private static ComplianceRow rollUp(Region r, Map<String, ComplianceRow> townships, Map<String, Integer> joint) {
		String prefix = r.prefix();
		List<ComplianceRow> under = townships.values().stream().filter(t -> t.code().startsWith(prefix)).toList();
		int met = (int) under.stream().filter(t -> t.met() == 1).count();
		return new ComplianceRow(r.code(), r.name(), r.level(), under.size(), met, List.of(), 0, null,
				joint.getOrDefault(r.code(), 0));
	}

	/** Township meetings per township and quarter shown (oldest first). */
	private Map<String, int[]> townshipCounts(String prefix, List<Quarter> quarters) {
		Map<String, int[]> counts = new HashMap<>();
		jdbc.sql("""
				select region_code, held_at from meeting.meeting
				where kind = 'TOWNSHIP' and region_code like :p || '%' and held_at >= :from and held_at < :to""")
			.param("p", prefix)
			.param("from", start(quarters.get(0).first()))
			.param("to", start(quarters.get(quarters.size() - 1).last().plusDays(1)))
			.query(rs -> {
				LocalDate day = rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(zone()).toLocalDate();
				for (int i = 0; i < quarters.size(); i++) {
					if (quarters.get(i).contains(day)) {
						counts.computeIfAbsent(rs.getString(1), k -> new int[QUARTERS])[i]++;
					}
				}
			});
		return counts;
	}

	private Map<String, LocalDate> lastHeld(String prefix) {
		Map<String, LocalDate> last = new HashMap<>();
		jdbc.sql("""
				select region_code, max(held_at) from meeting.meeting
				where kind = 'TOWNSHIP' and region_code like :p || '%' group by region_code""")
			.param("p", prefix)
			.query(rs -> {
				last.put(rs.getString(1),
						rs.getObject(2, OffsetDateTime.class).atZoneSameInstant(zone()).toLocalDate());
			});
		return last;
	}

	/** Joint meetings of each body at or below the prefix in a calendar year. */
	private Map<String, Integer> jointHeld(String prefix, int year) {
		Map<String, Integer> held = new HashMap<>();
		jdbc.sql("""
				select region_code, count(*) from meeting.meeting
				where kind = 'JOINT' and region_code like :p || '%' and held_at >= :from and held_at < :to
				group by region_code""")
			.param("p", RegionCode.isValid(prefix) ? RegionCode.of(prefix).prefix() : prefix)
			.param("from", start(LocalDate.of(year, 1, 1)))
			.param("to", start(LocalDate.of(year + 1, 1, 1)))
			.query(rs -> {
				held.put(rs.getString(1), rs.getInt(2));
			});
		return held;
	}

	private OffsetDateTime start(LocalDate day) {
		return day.atStartOfDay(zone()).toOffsetDateTime();
	}

	private ZoneId zone() {
		return clock.getZone();
	}

}
