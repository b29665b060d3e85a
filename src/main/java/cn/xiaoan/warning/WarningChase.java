package cn.xiaoan.warning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nobody stays silent: a school that has not acknowledged a valid warning within its
 * chase interval is chased (an inbox message to its principal and safety officer) and
 * counted late in its regions, and its county hears how many of its schools are late.
 * Safe with several app instances: the schools are claimed by one {@code update …
 * returning} that sets {@code chased_at}, so each is chased exactly once.
 */
@Service
public class WarningChase {

	private static final Set<Role> BUREAU = Set.of(Role.BUREAU_ADMIN, Role.BUREAU_SAFETY_OFFICER);

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WarningChase(JdbcClient jdbc, Notifications notifications, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	private record Chased(long warningId, long schoolId, String regionCode, String title) {
	}

	/** Chases every school due now; answers how many. */
	@Transactional
	public int chaseOverdue() {
		return chaseOverdue(clock.instant());
	}

	/** Chases every school due at {@code now} (a job, or a test moving the clock). */
	@Transactional
	public int chaseOverdue(Instant now) {
		List<Chased> chased = jdbc.sql("""
				update warning.target t set chased_at = :now
				from warning.warning w
				where w.id = t.warning_id and t.acknowledged_at is null and t.chased_at is null
				  and w.issued_at + make_interval(mins => w.chase_after_min) <= :now and w.valid_until > :now
				returning t.warning_id, t.school_id, t.region_code, w.title""")
			.param("now", java.sql.Timestamp.from(now))
			.query((rs, n) -> new Chased(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
			.list();
		if (chased.isEmpty()) {
			return 0;
		}
		Map<Long, List<Chased>> byWarning = new TreeMap<>();
		chased.forEach(c -> byWarning.computeIfAbsent(c.warningId(), k -> new ArrayList<>()).add(c));
		byWarning.forEach(this::chase);
		return chased.size();
	}

	private void chase(long warningId, List<Chased> schools) {
		String title = schools.get(0).title();
		String link = "/warnings/" + warningId;
		notifications.toSchools(schools.stream().map(Chased::schoolId).toList(), WarningManagement.SCHOOL_LEADERS,
				"notify.warning.chased", link, title);
		events.publishEvent(new WarningChased(warningId, schools.stream().map(Chased::schoolId).toList()));
		Map<String, Integer> perPrefix = new TreeMap<>();
		Map<String, Integer> perCounty = new TreeMap<>();
		for (Chased c : schools) {
			Warnings.prefixesOf(c.regionCode()).forEach(p -> perPrefix.merge(p, 1, Integer::sum));
			perCounty.merge(c.regionCode().substring(0, 6), 1, Integer::sum);
		}
		jdbc.sql("""
				update warning.tally t set late = t.late + x.n
				from unnest(:p, :n) as x(prefix, n)
				where t.warning_id = :w and t.prefix = x.prefix""")
			.param("p", perPrefix.keySet().toArray(String[]::new))
			.param("n", perPrefix.values().toArray(Integer[]::new))
			.param("w", warningId)
			.update();
		perCounty.forEach((county, n) -> {
			notifications.toBureau(RegionCode.of(county), BUREAU, "notify.warning.late",
					link + "?region=" + county + "&filter=late", title, String.valueOf(n));
			events.publishEvent(new WarningOverdue(warningId, county, n));
		});
		events.publishEvent(EntityChanged.updated("warning", warningId, null, null, Map.of(),
				Map.of("chasedSchools", schools.size())));
	}

}
