package cn.xiaoan.education.rates;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.Rates;
import cn.xiaoan.org.UnitNames;
import cn.xiaoan.shared.RegionCode;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A campaign's figures over every class it targets — each class of a targeted stage
 * ({@code org.class_stage}) in the issuing region — whether or not its school has
 * assigned it yet (issue 10). An assigned class counts its assigned students and what
 * they have done (the class tallies the roll-up keeps); a class not yet assigned counts
 * the students on its roll ({@code people.class_roll}), none of whom has done anything,
 * and, where the campaign asks for a parent part, as asked of their parents. Every unit
 * (school, township, county, city, province) adds up its targeted classes, so a school
 * that has not assigned the campaign lowers its county's rates instead of vanishing. The
 * names of schools and regions come from org's {@link UnitNames}, one query per kind.
 */
@Component
class TargetedRates {

	private final JdbcClient jdbc;

	private final UnitNames names;

	/**
	 * A region's figures, its unassigned schools and its reminder counts, kept and
	 * refreshed ahead (ADR 0060, 0064); a school's or a class's are computed each time (a
	 * few rows).
	 */
	private final RegionFiguresKept regions;

	@Autowired
	TargetedRates(JdbcClient jdbc, UnitNames names, MeterRegistry meters,
			@Value("${xiaoan.education.region-rates-cache:1m}") Duration keep,
			@Value("${xiaoan.education.region-rates-fresh:10s}") Duration fresh) {
		this(jdbc, names, meters, keep, fresh, RegionFiguresKept.backgroundThread());
	}

	TargetedRates(JdbcClient jdbc, UnitNames names, MeterRegistry meters, Duration keep, Duration fresh,
			Executor refresher) {
		this.jdbc = jdbc;
		this.names = names;
		this.regions = new RegionFiguresKept(meters, keep, fresh, refresher);
	}

	/** After the roll-up has folded new tallies. */
	void forget() {
		regions.folded();
	}

	<T> T kept(String key, Supplier<T> compute) {
		return regions.get(key, compute);
	}

	/** The figures of a unit and of the units directly below it, with their coverage. */
	record Figures(Rates rates, Rates.Coverage coverage) {

	}

	/**
	 * The unit's figures (key {@code unit}) and those of each unit directly below it that
	 * the campaign targets.
	 */
	Map<String, Figures> of(Campaign campaign, String unit) {
		if (!unit.startsWith("R:")) {
			return figures(campaign, unit);
		}
		return kept(campaign.id() + "|" + unit, () -> Map.copyOf(figures(campaign, unit)));
	}

	private Map<String, Figures> figures(Campaign campaign, String unit) {
		Map<String, Figures> figures = new HashMap<>();
		jdbc.sql(TARGETED + (unit.startsWith("R:") ? BY_SCHOOL_FIRST : BY_CLASS))
			.params(params(campaign, unit))
			.query((rs, i) -> figures.put(rs.getString(1),
					new Figures(
							new Rates(rs.getString(1), "", rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
									rs.getInt(6), rs.getInt(7), rs.getInt(8)),
							new Rates.Coverage(rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12)))))
			.list();
		return figures;
	}

	/** A school's or a class's figures: its classes, each up its chain of units. */
	private static final String BY_CLASS = """
			select x.unit, sum(n.targeted), sum(n.participated), sum(n.completed), sum(n.took), sum(n.passed),
			       sum(n.parent_done), sum(n.parent_asked), count(distinct n.school_id),
			       count(distinct n.school_id) filter (where n.has), count(*), count(*) filter (where n.has)
			from n cross join lateral education.rate_units(n.class_id, n.school_id, n.region_code) x
			where x.unit = :u or x.parent = :u
			group by x.unit""";

	/**
	 * A region's figures, the same sums as {@link #BY_CLASS}: its classes added up per
	 * school first, so that only the schools (2,000, not 30,000 classes) go up the chain
	 * of units and are sorted for the grouping — a region's units below never reach a
	 * class.
	 */
	private static final String BY_SCHOOL_FIRST = """
			, k as (
			    select school_id, region_code, sum(targeted) targeted, sum(participated) participated,
			           sum(completed) completed, sum(took) took, sum(passed) passed, sum(parent_done) parent_done,
			           sum(parent_asked) parent_asked, count(*) classes, count(*) filter (where has) classes_has,
			           bool_or(has) has
			    from n group by school_id, region_code)
			select x.unit, sum(k.targeted), sum(k.participated), sum(k.completed), sum(k.took), sum(k.passed),
			       sum(k.parent_done), sum(k.parent_asked), count(*), count(*) filter (where k.has),
			       sum(k.classes), sum(k.classes_has)
			from k cross join lateral education.rate_units(-1, k.school_id, k.region_code) x
			where x.unit = :u or x.parent = :u
			group by x.unit""";

	/**
	 * The targeted schools within the unit where no class has the campaign yet (未布置),
	 * with their students and when a bureau last reminded them; 500 at most, by county
	 * and name.
	 */
	List<Rates.Unassigned> unassignedSchools(Campaign campaign, String unit) {
		if (unit.startsWith("C:")) {
			return List.of();
		}
		if (unit.startsWith("R:")) {
			return kept(campaign.id() + "|" + unit + "|unassigned", () -> List.copyOf(unassigned(campaign, unit)));
		}
		return unassigned(campaign, unit);
	}

	/**
	 * By region code and name: only schools whose code ranks in the first 500 are named,
	 * a page, not a province's thousands at a campaign's start.
	 */
	private List<Rates.Unassigned> unassigned(Campaign campaign, String unit) {
		record School(long id, String region, int students, OffsetDateTime remindedAt) {
		}
		List<School> schools = jdbc.sql(TARGETED + """
				, s as (select school_id, max(region_code) region_code, sum(targeted) students from n
				        group by school_id having not bool_or(has)),
				f as (select s.*, rank() over (order by s.region_code) place from s)
				select f.school_id, f.region_code, f.students, r.reminded_at
				from f left join education.school_reminder r on r.campaign_id = :c and r.school_id = f.school_id
				where f.place <= :most""")
			.params(params(campaign, unit))
			.param("most", UNASSIGNED_SHOWN)
			.query((rs, i) -> new School(rs.getLong(1), rs.getString(2), rs.getInt(3),
					rs.getObject(4, OffsetDateTime.class)))
			.list();
		Map<Long, String> schoolNames = names.schools(schools.stream().map(School::id).toList());
		Map<String, String> counties = names.regions(schools.stream().map(s -> s.region().substring(0, 6)).toList());
		return schools.stream()
			.filter(s -> schoolNames.containsKey(s.id()))
			.sorted(Comparator.comparing(School::region).thenComparing(s -> schoolNames.get(s.id())))
			.limit(UNASSIGNED_SHOWN)
			.map(s -> new Rates.Unassigned(s.id(), schoolNames.get(s.id()),
					counties.getOrDefault(s.region().substring(0, 6), ""), s.students(), s.remindedAt()))
			.toList();
	}

	private static final int UNASSIGNED_SHOWN = 500;

	/**
	 * {@link #schoolsBehind} as the campaign page counts them for its reminder buttons: a
	 * region's kept like its figures. Sending reminders reads them afresh.
	 */
	List<Long> schoolsBehindShown(Campaign campaign, String unit, boolean onlyUnassigned) {
		if (!unit.startsWith("R:")) {
			return schoolsBehind(campaign, unit, onlyUnassigned);
		}
		return kept(campaign.id() + "|" + unit + "|behind|" + onlyUnassigned,
				() -> List.copyOf(schoolsBehind(campaign, unit, onlyUnassigned)));
	}

	/**
	 * The targeted schools within a region unit that are behind: not every targeted
	 * student has completed (those not yet assigned included), or, with
	 * {@code onlyUnassigned}, those that have not assigned it at all.
	 */
	List<Long> schoolsBehind(Campaign campaign, String unit, boolean onlyUnassigned) {
		return jdbc.sql(TARGETED + """
				select school_id from n group by school_id
				having sum(completed) < sum(targeted) and (not :only or not bool_or(has)) order by school_id""")
			.params(params(campaign, unit))
			.param("only", onlyUnassigned)
			.query(Long.class)
			.list();
	}

	/**
	 * Every targeted class within the unit with its figures:
	 * {@code n(class_id, school_id,
	 * region_code, has, targeted, participated, completed, took, passed, parent_done,
	 * parent_asked)}.
	 */
	static final String TARGETED = """
			with t as (
			    select s.class_id, s.school_id, s.region_code from org.class_stage s
			    where s.region_code like :prefix || '%' and s.stage = any(:stages)
			      and s.region_code like :within || '%'
			      and (:school = -1 or s.school_id = :school) and (:class = -1 or s.class_id = :class)),
			roll as (
			    select class_id, students from people.class_roll where class_id in (select class_id from t)),
			n as (
			    select t.class_id, t.school_id, t.region_code, r.unit is not null has,
			           coalesce(r.assigned, roll.students, 0) targeted, coalesce(r.participated, 0) participated,
			           coalesce(r.completed, 0) completed, coalesce(r.took, 0) took, coalesce(r.passed, 0) passed,
			           coalesce(r.parent_done, 0) parent_done,
			           case when r.unit is not null then r.parent_asked
			                when :parent then coalesce(roll.students, 0) else 0 end parent_asked
			    from t left join education.rate r on r.campaign_id = :c and r.unit = 'C:' || t.class_id and r.assigned > 0
			    left join roll on roll.class_id = t.class_id)
			""";

	/**
	 * Every targeted school under {@code within} (a region prefix) with its figures:
	 * targeted students, completed, took the quiz, passed — as {@link #of} counts them.
	 */
	Map<Long, int[]> bySchool(Campaign campaign, String within) {
		Map<String, Object> p = params(campaign, "S:-1");
		p.put("within", within);
		Map<Long, int[]> figures = new HashMap<>();
		jdbc.sql(TARGETED + """
				select school_id, sum(targeted), sum(completed), sum(took), sum(passed) from n group by school_id""")
			.params(p)
			.query(rs -> {
				figures.put(rs.getLong(1), new int[] { rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5) });
			});
		return figures;
	}

	static Map<String, Object> params(Campaign campaign, String unit) {
		Map<String, Object> p = new HashMap<>();
		p.put("c", campaign.id());
		p.put("u", unit);
		p.put("prefix", RegionCode.of(campaign.regionCode()).prefix());
		p.put("stages", campaign.stageNames());
		p.put("parent", campaign.requiresParent());
		p.put("within", unit.startsWith("R:") ? RegionCode.of(unit.substring(2)).prefix() : "");
		p.put("school", unit.startsWith("S:") ? Long.parseLong(unit.substring(2)) : -1L);
		p.put("class", unit.startsWith("C:") ? Long.parseLong(unit.substring(2)) : -1L);
		return p;
	}

}
