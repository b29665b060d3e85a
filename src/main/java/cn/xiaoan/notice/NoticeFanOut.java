package cn.xiaoan.notice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.Region;
import cn.xiaoan.org.SchoolClass;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.org.SchoolType;
import cn.xiaoan.people.SchoolColleagues;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whom a new notice reaches, inside the sender's scope, written set-based: the addressed
 * schools and bureaus in one {@code insert … select from unnest(…)}, the classes in one
 * {@code insert … select} over the rosters people and org publish, and the per-region
 * counters of a bureau's notice in one grouped insert. Never a row per statement.
 */
@Component
class NoticeFanOut {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final SchoolStructure structure;

	private final SchoolColleagues colleagues;

	private final ObjectProvider<InstallationsBelow> below;

	NoticeFanOut(JdbcClient jdbc, OrgManagement org, SchoolStructure structure, SchoolColleagues colleagues,
			ObjectProvider<InstallationsBelow> below) {
		this.jdbc = jdbc;
		this.org = org;
		this.structure = structure;
		this.colleagues = colleagues;
		this.below = below;
	}

	/** A school or a lower bureau a bureau's notice addresses. */
	record Unit(String key, Long school, String region, String name) {
	}

	/**
	 * A bureau's notice: its schools (by region, type or choice) and the bureaus below
	 * it. What it addressed is kept with the notice, so that an installation below can
	 * address the same ({@link NoticeRelay}); a notice that matches nobody here is sent
	 * when installations below receive it, and refused when they do not either.
	 */
	int fromBureau(long id, CurrentUser caller, SendNotice command) {
		String target = targetPrefix(caller, command.regionCode());
		if (command.staff() == StaffAudience.NONE && !command.lowerBureaus()) {
			throw new BusinessRuleViolation("targets", "notice.targets.none");
		}
		List<Unit> units = bureauUnits(target, command.staff() != StaffAudience.NONE, command.schoolTypes(),
				Set.copyOf(command.schoolIds()), command.lowerBureaus(), caller.scope().sqlRegionPrefix());
		// chosen schools are schools of this installation: they are never relayed
		int installations = command.schoolIds().isEmpty() ? installationsBelow(target) : 0;
		if (units.isEmpty() && installations == 0) {
			throw new BusinessRuleViolation("targets", "notice.targets.nobody");
		}
		jdbc.sql("""
				update notice.notice set target_prefix = :t, target_types = :types, target_chosen = :chosen,
				       to_lower_bureaus = :lower, installations_below = :below where id = :id""")
			.param("t", target)
			.param("types",
					command.schoolTypes().isEmpty() ? ""
							: command.schoolTypes()
								.stream()
								.map(Enum::name)
								.sorted()
								.collect(Collectors.joining(",", ",", ",")))
			.param("chosen", !command.schoolIds().isEmpty())
			.param("lower", command.lowerBureaus())
			.param("below", installations)
			.param("id", id)
			.update();
		return write(id, units);
	}

	/**
	 * A draft of a bureau's notice is published: the installations below its target are
	 * counted again, as peers may have been added or removed since it was saved (ADR
	 * 0070). A school's notice, or one to chosen schools, is never relayed.
	 */
	void recountInstallationsBelow(long id) {
		jdbc.sql("""
				select target_prefix from notice.notice
				where id = :id and sender_school_id is null and target_prefix is not null and not target_chosen""")
			.param("id", id)
			.query(String.class)
			.optional()
			.ifPresent(target -> jdbc.sql("update notice.notice set installations_below = :n where id = :id")
				.param("n", installationsBelow(target))
				.param("id", id)
				.update());
	}

	/**
	 * How many installations below this one a bureau's notice to {@code target} is
	 * relayed to (四级联网); none on a single installation.
	 */
	int installationsBelow(String target) {
		return below.orderedStream().mapToInt(b -> b.reachedBy(target)).sum();
	}

	/**
	 * The schools and lower bureaus below {@code target} that the caller's scope reaches:
	 * schools when {@code toSchools}, of the types (all when none) and among the chosen
	 * (all when none); the bureaus below, not the sender's own ({@code senderPrefix}).
	 */
	List<Unit> bureauUnits(String target, boolean toSchools, List<SchoolType> types, Set<Long> chosen,
			boolean lowerBureaus, String senderPrefix) {
		List<Unit> units = new ArrayList<>();
		if (toSchools) {
			SchoolQuery query = new SchoolQuery("", null, target.isEmpty() ? null : regionOf(target), 0, 200, "code");
			int found = 0;
			for (SchoolSummary s : org.schoolsInScope(query)) {
				boolean typeOk = types.isEmpty() || types.contains(s.type());
				if (typeOk && (chosen.isEmpty() || chosen.contains(s.id())) && s.regionCode().startsWith(target)) {
					units.add(new Unit("S:" + s.id(), s.id(), s.regionCode(), s.name()));
					found++;
				}
			}
			if (!chosen.isEmpty() && found < chosen.size()) {
				throw new NotFound("school", chosen.iterator().next());
			}
		}
		if (lowerBureaus) {
			for (Region r : org.regionsInScope()) {
				String prefix = RegionCode.of(r.code()).prefix();
				if (!r.retired() && prefix.startsWith(target) && !prefix.equals(senderPrefix)) {
					units.add(new Unit("R:" + r.code(), null, r.code(), r.name()));
				}
			}
		}
		return units;
	}

	/** Writes the units of a bureau's notice and its counters; answers how many. */
	int write(long id, List<Unit> units) {
		int written = jdbc.sql("""
				insert into notice.unit (notice_id, unit_key, school_id, region_code, name)
				select :n, x.k, x.s, x.r, x.name from unnest(:keys, :schools, :regions, :names) as x(k, s, r, name)""")
			.param("n", id)
			.param("keys", units.stream().map(Unit::key).toArray(String[]::new))
			.param("schools", units.stream().map(Unit::school).toArray(Long[]::new))
			.param("regions", units.stream().map(Unit::region).toArray(String[]::new))
			.param("names", units.stream().map(Unit::name).toArray(String[]::new))
			.update();
		tally(id);
		return written;
	}

	/**
	 * A school's notice: its staff (one unit) and the chosen classes' students and/or
	 * parents; a head teacher addresses their own class only.
	 */
	int fromSchool(long id, CurrentUser caller, SchoolSummary school, SendNotice command) {
		List<Long> classIds = command.classIds();
		List<Long> ofSchool = structure.classesOf(school.id()).stream().map(SchoolClass::id).toList();
		if (!ofSchool.containsAll(classIds)) {
			throw new NotFound("class", classIds.stream().filter(c -> !ofSchool.contains(c)).findFirst().orElseThrow());
		}
		if (caller.role() == Role.HEAD_TEACHER) {
			Long own = caller.personId() == null ? null
					: colleagues.find(school.id(), caller.personId()).map(c -> c.headClassId()).orElse(null);
			if (command.staff() != StaffAudience.NONE || own == null || !List.of(own).containsAll(classIds)) {
				throw new AccessDenied("a head teacher addresses their own class");
			}
		}
		boolean classes = !classIds.isEmpty() && (command.toStudents() || command.toParents());
		if (command.staff() == StaffAudience.NONE && !classes) {
			throw new BusinessRuleViolation("targets", "notice.targets.none");
		}
		int written = 0;
		if (command.staff() != StaffAudience.NONE) {
			written += jdbc.sql("""
					insert into notice.unit (notice_id, unit_key, school_id, region_code, name)
					values (:n, :k, :s, :r, :name)""")
				.param("n", id)
				.param("k", "T:" + school.id())
				.param("s", school.id())
				.param("r", school.regionCode())
				.param("name", school.name())
				.update();
		}
		if (classes) {
			List<String> roles = new ArrayList<>();
			if (command.toStudents()) {
				roles.add(Role.STUDENT.name());
			}
			if (command.toParents()) {
				roles.add(Role.PARENT.name());
			}
			written += jdbc.sql("""
					insert into notice.unit (notice_id, unit_key, school_id, class_id, region_code, name, addressed)
					select :n, 'C:' || c.class_id, c.school_id, c.class_id, c.region_code, c.name, count(a.account_id)
					from org.class_label c
					left join people.class_roster r on r.class_id = c.class_id
					left join people.student_account a on a.student_id = r.student_id and a.role = any(:roles)
					where c.class_id = any(:ids) and c.school_id = :s
					group by c.class_id, c.school_id, c.region_code, c.name""")
				.param("n", id)
				.param("roles", roles.toArray(String[]::new))
				.param("ids", classIds.toArray(Long[]::new))
				.param("s", school.id())
				.update();
		}
		return written;
	}

	/** The region the notice goes to: the caller's own, or one inside it. */
	private static String targetPrefix(CurrentUser caller, String regionCode) {
		if (regionCode == null || regionCode.isBlank()) {
			return caller.scope().sqlRegionPrefix();
		}
		if (!RegionCode.isValid(regionCode) || !caller.scope().coversRegion(regionCode)) {
			throw new NotFound("region", regionCode);
		}
		return RegionCode.of(regionCode).prefix();
	}

	/** One counter row per province, city, county and township prefix the units reach. */
	private void tally(long id) {
		jdbc.sql("""
				insert into notice.tally (notice_id, prefix, parent_prefix, units)
				select :n, p.prefix, p.parent, count(*) from notice.unit t
				""" + RegionCode.prefixesOf("t.region_code") + """
				where t.notice_id = :n and p.prefix is not null
				group by p.prefix, p.parent""").param("n", id).update();
	}

	/** The prefixes a unit of this region counts in: province, city, county, township. */
	static List<String> prefixesOf(String regionCode) {
		List<String> prefixes = new ArrayList<>();
		RegionCode region = RegionCode.of(regionCode);
		while (region != null) {
			prefixes.add(0, region.prefix());
			region = region.parent();
		}
		return prefixes;
	}

	static String regionOf(String prefix) {
		return RegionCode.fromPrefix(prefix).value();
	}

}
