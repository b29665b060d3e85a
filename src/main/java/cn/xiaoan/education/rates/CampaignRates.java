package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's rates for any unit in the caller's scope — region, school or class — with
 * the units directly below it, the daily trend and the students who have not finished.
 * Reads the tallies the roll-up keeps, so a province answers as fast as a class.
 */
@Service
@Transactional(readOnly = true)
public class EducationRates {

	private final JdbcClient jdbc;

	private final CampaignManagement campaigns;

	private final Places places;

	EducationRates(JdbcClient jdbc, CampaignManagement campaigns, Places places) {
		this.jdbc = jdbc;
		this.places = places;
		this.campaigns = campaigns;
	}

	/** The caller's own unit: a bureau's region, a school, a head teacher's class. */
	public String homeUnit() {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_STATS);
		DataScope scope = caller.scope();
		Long own = places.headClass(caller);
		if (own != null) {
			return "C:" + own;
		}
		return switch (scope.kind()) {
			case ALL -> "R:"
					+ jdbc
						.sql("select code from org.region where length(code) = 6 and code like '__0000' "
								+ "order by code limit 1")
						.query(String.class)
						.optional()
						.orElse("450000");
			case REGION -> "R:" + RegionCode.fromPrefix(scope.regionPrefix()).value();
			case SCHOOL -> "S:" + scope.schoolId();
			case SELF -> throw new AccessDenied("students and parents have no rates");
		};
	}

	/**
	 * The running campaigns that reach the caller, with the rates of the caller's own
	 * unit.
	 */
	public List<RatesView> runningAtHome() {
		String home = homeUnit();
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
	public RatesView view(long campaignId, String unit) {
		Campaign campaign = campaigns.campaign(campaignId);
		requireUnit(unit);
		Rates self = jdbc.sql("select " + COLUMNS + " from education.rate where campaign_id = :c and unit = :u")
			.param("c", campaignId)
			.param("u", unit)
			.query((rs, n) -> rates(rs))
			.optional()
			.orElse(new Rates(unit, "", 0, 0, 0, 0, 0, 0));
		List<Rates> children = jdbc
			.sql("select " + COLUMNS + " from education.rate where campaign_id = :c and parent = :u"
					+ " order by completed::float / greatest(assigned, 1), unit")
			.param("c", campaignId)
			.param("u", unit)
			.query((rs, n) -> rates(rs))
			.list();
		Map<String, String> names = names(unit, children);
		return new RatesView(campaign, named(self, names), children.stream().map(r -> named(r, names)).toList(),
				parentOf(campaignId, unit));
	}

	/** Cumulative rates at the end of each day of the campaign so far. */
	public List<TrendPoint> trend(long campaignId, String unit) {
		Campaign campaign = campaigns.campaign(campaignId);
		requireUnit(unit);
		int assigned = jdbc.sql("select assigned from education.rate where campaign_id = :c and unit = :u")
			.param("c", campaignId)
			.param("u", unit)
			.query(Integer.class)
			.optional()
			.orElse(0);
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
			.query((rs, n) -> new TrendPoint(rs.getObject(1, LocalDate.class),
					new Rates(unit, "", assigned, rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
							rs.getInt(6))))
			.list();
	}

	/**
	 * Students of a school or class unit who have not finished the campaign (500 at
	 * most).
	 */
	public List<NonCompleter> nonCompleters(long campaignId, String unit) {
		campaigns.campaign(campaignId);
		requireUnit(unit);
		if (unit.startsWith("R:")) {
			return List.of();
		}
		return jdbc.sql("""
				select s.id, s.student_no, s.name, g.name || c.name, a.homework_id, a.studied_at is not null,
				       a.quiz_at is not null, a.parent_at is not null or not a.needs_parent, a.reminded_at
				from education.assignment a join people.student s on s.id = a.student_id
				join org.school_class c on c.id = a.class_id join org.grade g on g.id = c.grade_id
				where a.campaign_id = :c and a.completed_at is null and (a.school_id = :s or a.class_id = :cl)
				order by g.seq, c.name, s.student_no limit 500""")
			.param("c", campaignId)
			.param("s", unit.startsWith("S:") ? Long.parseLong(unit.substring(2)) : -1L)
			.param("cl", unit.startsWith("C:") ? Long.parseLong(unit.substring(2)) : -1L)
			.query((rs, n) -> new NonCompleter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), rs.getBoolean(6), rs.getBoolean(7), rs.getBoolean(8),
					rs.getObject(9, java.time.OffsetDateTime.class)))
			.list();
	}

	public record RatesView(Campaign campaign, Rates self, List<Rates> children, String parent) {

	}

	public record TrendPoint(LocalDate day, Rates rates) {

	}

	public record NonCompleter(long studentId, String studentNo, String name, String className, long homeworkId,
			boolean studied, boolean quizTaken, boolean parentDone, java.time.OffsetDateTime remindedAt) {

	}

	/** Throws unless the unit lies in the caller's scope. */
	void requireUnit(String unit) {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_STATS);
		if (unit == null || !unit.matches("[CSR]:\\d{1,18}")) {
			throw new NotFound("unit", unit);
		}
		long id = unit.startsWith("R:") ? 0 : Long.parseLong(unit.substring(2));
		switch (unit.charAt(0)) {
			case 'R' -> {
				if (!RegionCode.isValid(unit.substring(2)) || !caller.scope().coversRegion(unit.substring(2))) {
					throw new AccessDenied("region " + unit + " is outside the caller's scope");
				}
			}
			case 'S' -> caller.requireSchool(id, places.schoolRegion(id));
			default -> {
				record ClassRef(long school, String region) {
				}
				ClassRef ref = jdbc
					.sql("""
							select c.school_id, s.region_code from org.school_class c join org.school s on s.id = c.school_id
							where c.id = :id""")
					.param("id", id)
					.query((rs, n) -> new ClassRef(rs.getLong(1), rs.getString(2)))
					.optional()
					.orElseThrow(() -> new NotFound("class", id));
				caller.requireSchool(ref.school(), ref.region());
				if (caller.role() == Role.HEAD_TEACHER && !homeUnit().equals(unit)) {
					throw new AccessDenied("a head teacher sees their own class");
				}
			}
		}
		if (caller.role() == Role.HEAD_TEACHER && !unit.startsWith("C:")) {
			throw new AccessDenied("a head teacher sees their own class");
		}
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
			requireUnit(parent.get(0));
			return parent.get(0);
		}
		catch (AccessDenied | NotFound ex) {
			return null;
		}
	}

	private Map<String, String> names(String unit, List<Rates> children) {
		List<String> units = new ArrayList<>(children.stream().map(Rates::unit).toList());
		units.add(unit);
		Map<String, String> names = new HashMap<>();
		jdbc.sql(
				"""
						select 'R:' || code, name from org.region where code = any(:r)
						union all select 'S:' || id, name from org.school where id = any(:s)
						union all select 'C:' || c.id, g.name || c.name from org.school_class c join org.grade g on g.id = c.grade_id
						where c.id = any(:c)""")
			.param("r", keys(units, 'R').toArray(String[]::new))
			.param("s", keys(units, 'S').stream().map(Long::valueOf).toArray(Long[]::new))
			.param("c", keys(units, 'C').stream().map(Long::valueOf).toArray(Long[]::new))
			.query((rs, n) -> names.put(rs.getString(1), rs.getString(2)))
			.list();
		return names;
	}

	private static List<String> keys(List<String> units, char kind) {
		return units.stream().filter(u -> u.charAt(0) == kind).map(u -> u.substring(2)).toList();
	}

	private static final String COLUMNS = "unit, assigned, participated, completed, took, passed, parent_done";

	private static Rates rates(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Rates(rs.getString(1), "", rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
				rs.getInt(7));
	}

	private static Rates named(Rates r, Map<String, String> names) {
		return new Rates(r.unit(), names.getOrDefault(r.unit(), r.unit()), r.assigned(), r.participated(),
				r.completed(), r.took(), r.passed(), r.parentDone());
	}

}
