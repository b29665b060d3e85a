package cn.xiaoan.emergency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.org.SchoolType;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drill compliance of every school of a region over a span of days in one grouped query,
 * for modules that score schools (assessment, 督导考核) and must not read the drill tables. A
 * drill period (the month; the quarter for a kindergarten) counts when it lies within the
 * span and has ended, or is running and already met; it is met with at least the policy's
 * number of drills, as {@link DrillCompliance} counts them.
 */
@Service
@Transactional(readOnly = true)
public class DrillFiguresBySchool {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final PolicyManagement policy;

	private final Clock clock;

	DrillFiguresBySchool(JdbcClient jdbc, OrgManagement org, PolicyManagement policy, Clock clock) {
		this.jdbc = jdbc;
		this.org = org;
		this.policy = policy;
		this.clock = clock;
	}

	/** Every school under {@code regionPrefix}, which the caller's scope must cover. */
	public List<SchoolDrillFigures> of(String regionPrefix, LocalDate from, LocalDate to) {
		DataScope scope = Callers.current().require(PlanManagement.EMERGENCY_READ).scope();
		if (!scope.coversRegion(regionPrefix)) {
			throw new AccessDenied("the region lies outside the caller's scope");
		}
		LocalDate today = LocalDate.now(clock);
		Map<Long, Map<YearMonth, Integer>> held = new HashMap<>();
		jdbc.sql("""
				select school_id, date_trunc('month', held_on)::date, count(*) from emergency.drill
				where region_code like :p || '%' and held_on between :from and :to and evacuation_seconds is not null
				group by 1, 2""").param("p", regionPrefix).param("from", from).param("to", to).query(rs -> {
			held.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
				.put(YearMonth.from(rs.getDate(2).toLocalDate()), rs.getInt(3));
		});
		Map<String, Integer> required = new HashMap<>();
		List<SchoolDrillFigures> out = new ArrayList<>();
		for (SchoolSummary s : org.schoolsInScope(SchoolQuery.all())) {
			if (!s.regionCode().startsWith(regionPrefix)) {
				continue;
			}
			boolean kindergarten = s.type() == SchoolType.KINDERGARTEN;
			PolicySetting setting = kindergarten ? PolicySetting.DRILL_MIN_PER_QUARTER_KINDERGARTEN
					: PolicySetting.DRILL_MIN_PER_MONTH;
			int min = required.computeIfAbsent(setting.name() + s.regionCode(),
					k -> policy.effective(setting, s.regionCode()).asInt());
			Map<YearMonth, Integer> months = held.getOrDefault(s.id(), Map.of());
			int due = 0;
			int met = 0;
			for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
				DrillPeriod period = DrillPeriod.of(s.type(), m);
				if (!period.to().equals(m.atEndOfMonth()) || period.from().isBefore(from) || period.to().isAfter(to)) {
					continue; // a quarter counts once, at its last month, when it lies
								// within
				}
				int drills = 0;
				for (YearMonth x = YearMonth.from(period.from()); !x.isAfter(m); x = x.plusMonths(1)) {
					drills += months.getOrDefault(x, 0);
				}
				boolean ended = period.to().isBefore(today);
				if (ended || drills >= min) {
					due++;
					met += drills >= min ? 1 : 0;
				}
			}
			out.add(new SchoolDrillFigures(s.id(), due, met));
		}
		return out;
	}

}
