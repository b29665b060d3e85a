package cn.xiaoan.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.education.DailyCount;
import cn.xiaoan.education.RatesElsewhere;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schools of the installations below inside the rates of a campaign sent to them,
 * through education's extension point (ADR 0069): their figures as last counted there,
 * read-only, named after the installation that keeps them, and what each day added for
 * the campaign's trend (ADR 0079).
 */
@Component
class CampaignCountsBelow implements RatesElsewhere {

	private static final String[] FIGURES = { "classes", "classesAssigned", "targeted", "participated", "completed",
			"took", "passed", "parentDone", "parentAsked" };

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	CampaignCountsBelow(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Asked by one who reads campaign rates, for a region in its scope only. */
	@Override
	@Transactional(readOnly = true)
	public List<School> schools(long campaignId, String regionPrefix) {
		requireScope(regionPrefix);
		return jdbc.sql("""
				select m.source, m.peer_id || case when m.installation = '' then '' else '.' || m.installation end
				         || '-' || m.school_id, m.school_name, m.region_code, m.region_names::text, m.classes,
				       m.classes_assigned, m.targeted, m.participated, m.completed, m.took, m.passed, m.parent_done,
				       m.parent_asked, m.daily
				from exchange.mirrored_campaign_count m
				where m.campaign_id = :c and m.region_code like :prefix || '%'
				order by m.region_code, m.school_name""")
			.param("c", campaignId)
			.param("prefix", regionPrefix)
			.query((rs, n) -> {
				Map<String, String> names = new LinkedHashMap<>();
				json.readTree(rs.getString(5))
					.properties()
					.forEach(e -> names.put(e.getKey(), e.getValue().asString("")));
				return new School(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), names,
						rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
						rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getBoolean(15));
			})
			.list();
	}

	/**
	 * What the schools below that sent their days added each day within the region,
	 * summed per day; asked as {@link #schools} is.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<DailyCount> days(long campaignId, String regionPrefix) {
		requireScope(regionPrefix);
		return jdbc.sql("""
				select d.day, sum(d.participated), sum(d.completed), sum(d.took), sum(d.passed), sum(d.parent_done)
				from exchange.mirrored_campaign_count m
				join exchange.mirrored_campaign_day d on d.peer_id = m.peer_id and d.campaign_id = m.campaign_id
				  and d.installation = m.installation and d.school_id = m.school_id
				where m.campaign_id = :c and m.region_code like :prefix || '%' and m.daily
				group by d.day order by d.day""")
			.param("c", campaignId)
			.param("prefix", regionPrefix)
			.query((rs, n) -> new DailyCount(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getInt(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6)))
			.list();
	}

	private static void requireScope(String regionPrefix) {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_STATS);
		DataScope scope = caller.scope();
		if (scope.kind() != DataScope.Kind.REGION && scope.kind() != DataScope.Kind.ALL
				|| !scope.coversRegion(regionPrefix)) {
			throw new AccessDenied("the region lies outside the caller's scope");
		}
	}

	/**
	 * Removes a school the campaign no longer targets below, unless its figures kept were
	 * counted later than it was found gone.
	 */
	static void remove(JdbcClient jdbc, long peer, long campaign, String installation, long school, Instant at) {
		jdbc.sql(
				"""
						delete from exchange.mirrored_campaign_count
						where peer_id = :p and campaign_id = :c and installation = :i and school_id = :s and counted_at < :at""")
			.param("p", peer)
			.param("c", campaign)
			.param("i", installation)
			.param("s", school)
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * Keeps one school's figures as sent from below: inserted, or replacing those kept
	 * when counted later, with the days that came with them (ADR 0079); figures out of
	 * bounds (negative, or more done than targeted) are left out.
	 */
	static void upsert(JdbcClient jdbc, ObjectMapper json, long peer, long campaign, String installation, String source,
			JsonNode s, Instant counted) {
		int[] f = new int[FIGURES.length];
		for (int i = 0; i < f.length; i++) {
			f[i] = s.path(FIGURES[i]).asInt(-1);
			if (f[i] < 0) {
				return;
			}
		}
		if (f[1] > f[0] || f[3] > f[2] || f[4] > f[2] || f[5] > f[2] || f[6] > f[5] || f[7] > f[8]) {
			return;
		}
		List<DailyCount> days = CampaignDays.read(s.path("days"), f[3], f[4], f[5], f[6], f[7]);
		Map<String, String> names = new LinkedHashMap<>();
		s.path("regionNames")
			.properties()
			.forEach(e -> names.put(WarningsFromAbove.cut(e.getKey(), 9),
					WarningsFromAbove.cut(e.getValue().asString(""), 60)));
		if (jdbc.sql("""
				insert into exchange.mirrored_campaign_count (peer_id, campaign_id, installation, school_id, source,
				  school_name, region_code, region_names, classes, classes_assigned, targeted, participated, completed,
				  took, passed, parent_done, parent_asked, counted_at, daily)
				values (:p, :c, :i, :s, :source, :name, :region, cast(:names as jsonb), :f0, :f1, :f2, :f3, :f4, :f5,
				  :f6, :f7, :f8, :at, :daily)
				on conflict (peer_id, campaign_id, installation, school_id) do update set source = excluded.source,
				  school_name = excluded.school_name, region_code = excluded.region_code,
				  region_names = excluded.region_names, classes = excluded.classes,
				  classes_assigned = excluded.classes_assigned, targeted = excluded.targeted,
				  participated = excluded.participated, completed = excluded.completed, took = excluded.took,
				  passed = excluded.passed, parent_done = excluded.parent_done, parent_asked = excluded.parent_asked,
				  counted_at = excluded.counted_at, daily = excluded.daily
				where exchange.mirrored_campaign_count.counted_at < excluded.counted_at""")
			.param("p", peer)
			.param("c", campaign)
			.param("i", installation)
			.param("s", s.path("schoolId").asLong())
			.param("source", source)
			.param("name", WarningsFromAbove.cut(s.path("name").asString(""), 100))
			.param("region", s.path("regionCode").asString(""))
			.param("names", json.writeValueAsString(names))
			.param("f0", f[0])
			.param("f1", f[1])
			.param("f2", f[2])
			.param("f3", f[3])
			.param("f4", f[4])
			.param("f5", f[5])
			.param("f6", f[6])
			.param("f7", f[7])
			.param("f8", f[8])
			.param("at", Timestamp.from(counted))
			.param("daily", days != null)
			.update() > 0) {
			CampaignDays.replace(jdbc, peer, campaign, installation, s.path("schoolId").asLong(), days);
		}
	}

}
