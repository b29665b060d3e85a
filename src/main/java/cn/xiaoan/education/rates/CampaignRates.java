package cn.xiaoan.education.rates;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.CampaignSchoolsReminded;
import cn.xiaoan.education.Rates;
import cn.xiaoan.education.homework.Campaigns;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's rates for any unit in the caller's scope — region, school or class — with
 * the units directly below it, the daily trend and the students who have not finished.
 * Reads the tallies the roll-up keeps, so a province answers as fast as a class; names
 * come from the labels org publishes ({@code org.unit_label}, {@code org.class_label}),
 * students' from people's roster. Internal: other modules and the pages go through
 * {@code EducationManagement}.
 */
@Service
@Transactional(readOnly = true)
public class CampaignRates {

	private static final String COLUMNS = "unit, assigned, participated, completed, took, passed, parent_done, parent_asked";

	private final JdbcClient jdbc;

	private final Campaigns campaigns;

	private final UnitScope units;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	CampaignRates(JdbcClient jdbc, Campaigns campaigns, UnitScope units, ApplicationEventPublisher events,
			java.time.Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.units = units;
		this.events = events;
	}

	/** The caller's own unit: a bureau's region, a school, a head teacher's class. */
	public String homeUnit() {
		return units.home();
	}

	/** Throws unless the unit lies in the caller's scope. */
	public void requireUnit(String unit) {
		units.require(unit);
	}

	/**
	 * The running campaigns that reach the caller, with the rates of the caller's own
	 * unit.
	 */
	public List<Rates.View> runningAtHome() {
		String home = homeUnit();
		if (home.equals("C:-1")) {
			return List.of(); // a teacher with no class yet
		}
		LocalDate today = LocalDate.now();
		return campaigns.campaigns()
			.stream()
			.filter(c -> c.runningOn(today))
			.limit(5)
			.map(c -> view(c.id(), home))
			.toList();
	}

	/**
	 * The unit's rates and those of the units directly below it, lowest completion first.
	 */
	public Rates.View view(long campaignId, String unit) {
		Campaign campaign = campaigns.campaign(campaignId);
		units.require(unit);
		Rates self = jdbc.sql("select " + COLUMNS + " from education.rate where campaign_id = :c and unit = :u")
			.param("c", campaignId)
			.param("u", unit)
			.query((rs, n) -> rates(rs))
			.optional()
			.orElse(new Rates(unit, "", 0, 0, 0, 0, 0, 0, 0));
		List<Rates> children = jdbc
			.sql("select " + COLUMNS + " from education.rate where campaign_id = :c and parent = :u"
					+ " order by completed::float / greatest(assigned, 1), unit")
			.param("c", campaignId)
			.param("u", unit)
			.query((rs, n) -> rates(rs))
			.list();
		Map<String, String> names = names(unit, children);
		return new Rates.View(campaign, named(self, names), children.stream().map(r -> named(r, names)).toList(),
				parentOf(campaignId, unit));
	}

	/** Cumulative rates at the end of each day of the campaign so far. */
	public List<Rates.TrendPoint> trend(long campaignId, String unit) {
		Campaign campaign = campaigns.campaign(campaignId);
		units.require(unit);
		int[] assigned = jdbc
			.sql("select assigned, parent_asked from education.rate where campaign_id = :c and unit = :u")
			.param("c", campaignId)
			.param("u", unit)
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.optional()
			.orElse(new int[2]);
		return jdbc.sql("""
				select d::date, sum(coalesce(r.participated, 0)) over w, sum(coalesce(r.completed, 0)) over w,
				       sum(coalesce(r.took, 0)) over w, sum(coalesce(r.passed, 0)) over w,
				       sum(coalesce(r.parent_done, 0)) over w
				from generate_series(cast(:from as date), cast(:to as date), interval '1 day') d
				left join education.rate_daily r on r.campaign_id = :c and r.unit = :u and r.day = d::date
				window w as (order by d)""")
			.param("c", campaignId)
			.param("u", unit)
			.param("from", campaign.startsOn())
			.param("to", campaign.endsOn().isAfter(LocalDate.now()) ? LocalDate.now() : campaign.endsOn())
			.query((rs, n) -> new Rates.TrendPoint(rs.getObject(1, LocalDate.class),
					new Rates(unit, "", assigned[0], rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
							rs.getInt(6), assigned[1])))
			.list();
	}

	/**
	 * Students of a school or class unit who have not finished the campaign (500 at
	 * most).
	 */
	public List<Rates.NonCompleter> nonCompleters(long campaignId, String unit) {
		campaigns.campaign(campaignId);
		units.require(unit);
		if (unit.startsWith("R:")) {
			return List.of();
		}
		return jdbc.sql("""
				select s.student_id, s.student_no, s.name, c.name, a.homework_id, a.studied_at is not null,
				       a.quiz_at is not null, a.parent_at is not null or not a.needs_parent, a.reminded_at
				from education.assignment a join people.class_roster s on s.student_id = a.student_id
				join org.class_label c on c.class_id = a.class_id
				where a.campaign_id = :c and a.completed_at is null and (a.school_id = :s or a.class_id = :cl)
				order by c.grade_seq, c.name, s.student_no limit 500""")
			.param("c", campaignId)
			.param("s", unit.startsWith("S:") ? Long.parseLong(unit.substring(2)) : -1L)
			.param("cl", unit.startsWith("C:") ? Long.parseLong(unit.substring(2)) : -1L)
			.query((rs, n) -> new Rates.NonCompleter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8),
					rs.getObject(9, OffsetDateTime.class)))
			.list();
	}

	/**
	 * Reminds the schools below a region unit that have not finished the campaign; the
	 * caller has checked the unit's scope. Answers how many schools were reminded. A
	 * school reminded of the campaign within {@code minHours} is skipped: each school is
	 * claimed in {@code education.school_reminder} by a compare-and-set upsert before it
	 * is told, so repeated clicks, on any instance, remind it once. A click that reminds
	 * nobody for that reason is refused with the time of the last reminder.
	 */
	@Transactional
	public int remindSchoolsBehind(Campaign campaign, String regionUnit, int minHours) {
		List<Long> behind = jdbc
			.sql("""
					select substr(unit, 3)::bigint from education.rate
					where campaign_id = :c and unit like 'S:%' and completed < assigned
					  and parent in (select 'R:' || code from org.unit_label where kind = 'R' and code like :prefix || '%')""")
			.param("c", campaign.id())
			.param("prefix", cn.xiaoan.shared.RegionCode.of(regionUnit.substring(2)).prefix())
			.query(Long.class)
			.list();
		if (behind.isEmpty()) {
			return 0;
		}
		List<Long> schools = jdbc.sql("""
				insert into education.school_reminder (campaign_id, school_id, reminded_at)
				select :c, s, now() from unnest(:schools) s
				on conflict (campaign_id, school_id) do update set reminded_at = excluded.reminded_at
				where education.school_reminder.reminded_at <= now() - make_interval(hours => :hours)
				returning school_id""")
			.param("c", campaign.id())
			.param("schools", behind.toArray(Long[]::new))
			.param("hours", minHours)
			.query(Long.class)
			.list();
		if (schools.isEmpty()) {
			java.time.OffsetDateTime last = jdbc.sql(
					"select max(reminded_at) from education.school_reminder where campaign_id = :c and school_id = any(:s)")
				.param("c", campaign.id())
				.param("s", behind.toArray(Long[]::new))
				.query(java.time.OffsetDateTime.class)
				.single();
			throw new cn.xiaoan.shared.BusinessRuleViolation("remind", "education.remind.already",
					cn.xiaoan.education.ReminderTimes.when(last, clock), minHours);
		}
		events.publishEvent(new CampaignSchoolsReminded(campaign.id(), campaign.title(), schools));
		events.publishEvent(new cn.xiaoan.shared.EntityChanged("education.campaign", String.valueOf(campaign.id()),
				"REMIND", regionUnit.substring(2), null, java.util.Map.of(),
				java.util.Map.of("schools", schools.size())));
		return schools.size();
	}

	/** The unit above, if the caller may go there. */
	private String parentOf(long campaignId, String unit) {
		List<String> parent = jdbc
			.sql("select parent from education.rate where campaign_id = :c and unit = :u and parent is not null")
			.param("c", campaignId)
			.param("u", unit)
			.query(String.class)
			.list();
		if (parent.isEmpty()) {
			return null;
		}
		try {
			units.require(parent.get(0));
			return parent.get(0);
		}
		catch (cn.xiaoan.shared.AccessDenied | cn.xiaoan.shared.NotFound ex) {
			return null;
		}
	}

	/**
	 * The names of the unit and its children, one query with each kind on its own key.
	 */
	private Map<String, String> names(String unit, List<Rates> children) {
		List<String> all = new ArrayList<>(children.stream().map(Rates::unit).toList());
		all.add(unit);
		Map<String, String> names = new HashMap<>();
		jdbc.sql(
				"""
						select kind || ':' || coalesce(code, cast(id as varchar)), name from org.unit_label
						where (kind = 'R' and code = any(:r)) or (kind = 'S' and id = any(:s)) or (kind = 'C' and id = any(:c))""")
			.param("r", keys(all, 'R').toArray(String[]::new))
			.param("s", keys(all, 'S').stream().map(Long::valueOf).toArray(Long[]::new))
			.param("c", keys(all, 'C').stream().map(Long::valueOf).toArray(Long[]::new))
			.query((rs, n) -> names.put(rs.getString(1), rs.getString(2)))
			.list();
		return names;
	}

	private static List<String> keys(List<String> units, char kind) {
		return units.stream().filter(u -> u.charAt(0) == kind).map(u -> u.substring(2)).toList();
	}

	private static Rates rates(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Rates(rs.getString(1), "", rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
				rs.getInt(7), rs.getInt(8));
	}

	private static Rates named(Rates r, Map<String, String> names) {
		return new Rates(r.unit(), names.getOrDefault(r.unit(), r.unit()), r.assigned(), r.participated(),
				r.completed(), r.took(), r.passed(), r.parentDone(), r.parentAsked());
	}

}
