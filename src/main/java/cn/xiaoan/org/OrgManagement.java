package cn.xiaoan.org;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The org module's API. Every call is made for the signed-in caller and sees only the
 * regions and schools of the caller's scope; a school outside it is reported as not
 * found.
 */
@Service
@Transactional(readOnly = true)
public class OrgManagement {

	/**
	 * Administer the region tree (行政区划): the system administrator anywhere, a bureau
	 * strictly below its own region.
	 */
	public static final Permission REGION_ADMIN = Permission.grantedTo("REGION_ADMIN", Role.BUREAU_ADMIN);

	/** Reason recorded when the school form changes a school's region. */
	static final String EDITED = "#school.move.reason.edit";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final RegionStore regions;

	OrgManagement(JdbcClient jdbc, ApplicationEventPublisher events, RegionStore regions) {
		this.jdbc = jdbc;
		this.events = events;
		this.regions = regions;
	}

	public Page<SchoolSummary> searchSchools(SchoolQuery query) {
		CurrentUser caller = Callers.current().require(Permission.SCHOOL_READ);
		Map<String, Object> params = SchoolRows.params(caller.scope(), query);
		long total = jdbc.sql("select count(*) from org.school s " + SchoolRows.WHERE)
			.params(params)
			.query(Long.class)
			.single();
		List<SchoolSummary> items = jdbc
			.sql(SchoolRows.SELECT + SchoolRows.WHERE + " order by " + query.orderBy() + " limit :limit offset :offset")
			.params(params)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query(SchoolRows::map)
			.list();
		return new Page<>(items, total, query.page(), query.size());
	}

	/** All schools in the caller's scope (exports, staffing lists); no paging. */
	public List<SchoolSummary> schoolsInScope(SchoolQuery query) {
		CurrentUser caller = Callers.current().require(Permission.SCHOOL_READ);
		return jdbc.sql(SchoolRows.SELECT + SchoolRows.WHERE + " order by " + query.orderBy())
			.params(SchoolRows.params(caller.scope(), query))
			.query(SchoolRows::map)
			.list();
	}

	/**
	 * The names of the given schools that are in the caller's scope, by id (one outside
	 * it, or unknown, is left out): what a page of rows needs, without reading every
	 * school of a province.
	 */
	public Map<Long, String> schoolNames(java.util.Collection<Long> ids) {
		CurrentUser caller = Callers.current().require(Permission.SCHOOL_READ);
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			jdbc.sql("select s.id, s.name from org.school s " + SchoolRows.WHERE + " and s.id = any(:ids)")
				.params(SchoolRows.params(caller.scope(), SchoolQuery.all()))
				.param("ids", ids.toArray(Long[]::new))
				.query(rs -> {
					names.put(rs.getLong(1), rs.getString(2));
				});
		}
		return names;
	}

	/** A school in the caller's scope; one outside it is reported as not found. */
	public SchoolSummary school(long id) {
		CurrentUser caller = Callers.current();
		SchoolSummary school = findSchool(id).orElseThrow(() -> new NotFound("school", id));
		if (!caller.scope().coversSchool(id, school.regionCode())) {
			throw new NotFound("school", id);
		}
		caller.require(Permission.SCHOOL_READ);
		return school;
	}

	/**
	 * A school by its national code (学校标识码), without a scope check: where staff are sent
	 * to a school outside the sender's scope, the receiving school is named by code.
	 */
	public Optional<SchoolSummary> findSchoolByCode(String code) {
		return jdbc.sql(SchoolRows.SELECT + " where s.code = :code")
			.param("code", code == null ? "" : code.trim())
			.query(SchoolRows::map)
			.optional();
	}

	/**
	 * The schools of a county (or any region), without a scope check, for a public form:
	 * a school's name and place are public, and an anonymous bullying report must name
	 * one.
	 */
	public List<SchoolSummary> publicSchoolsUnder(String regionCode) {
		if (regionCode == null || !regionCode.matches("\\d{6}")) {
			return List.of();
		}
		return jdbc.sql(SchoolRows.SELECT + " where s.region_code like :p || '%' order by s.name")
			.param("p", RegionCode.of(regionCode).prefix())
			.query(SchoolRows::map)
			.list();
	}

	/**
	 * For students and parents: the school of their own record, without a scope check.
	 */
	public Optional<SchoolSummary> findSchool(long id) {
		return jdbc.sql(SchoolRows.SELECT + " where s.id = :id").param("id", id).query(SchoolRows::map).optional();
	}

	@Transactional
	public SchoolSummary createSchool(SaveSchool command) {
		CurrentUser caller = Callers.current().require(Permission.SCHOOL_EDIT);
		checkRegion(caller, command.regionCode());
		command.checkCounts();
		if (jdbc.sql("select count(*) from org.school where code = :code")
			.param("code", command.code())
			.query(Integer.class)
			.single() > 0) {
			throw new BusinessRuleViolation("code", "school.code.taken");
		}
		long id = jdbc.sql("""
				insert into org.school (code, name, type, region_code, address, phone, boarding, student_count,
				                        boarder_count, staff_count)
				values (:code, :name, :type, :region, :address, :phone, :boarding, :students, :boarders, :staff)
				returning id""").params(command.columns()).query(Long.class).single();
		events.publishEvent(EntityChanged.created("school", id, command.regionCode(), id, command.auditView()));
		return findSchool(id).orElseThrow();
	}

	@Transactional
	public SchoolSummary updateSchool(long id, SaveSchool command) {
		CurrentUser caller = Callers.current().require(Permission.SCHOOL_EDIT);
		SchoolSummary before = school(id);
		if (caller.scope().kind() == DataScope.Kind.SCHOOL
				&& (!before.code().equals(command.code()) || !before.regionCode().equals(command.regionCode()))) {
			throw new BusinessRuleViolation("regionCode", "school.code-region.locked");
		}
		checkRegion(caller, command.regionCode());
		command.checkCounts();
		if (jdbc.sql("select count(*) from org.school where code = :code and id <> :id")
			.param("code", command.code())
			.param("id", id)
			.query(Integer.class)
			.single() > 0) {
			throw new BusinessRuleViolation("code", "school.code.taken");
		}
		jdbc.sql("""
				update org.school set code = :code, name = :name, type = :type, region_code = :region,
				       address = :address, phone = :phone, boarding = :boarding, student_count = :students,
				       boarder_count = :boarders, staff_count = :staff, version = version + 1, updated_at = now()
				where id = :id""").params(command.columns()).param("id", id).update();
		if (!before.regionCode().equals(command.regionCode())) {
			regions.recordMove(id, before.regionCode(), command.regionCode(), EDITED, caller);
		}
		events.publishEvent(EntityChanged.updated("school", id, command.regionCode(), id,
				SaveSchool.of(before).auditView(), command.auditView()));
		return findSchool(id).orElseThrow();
	}

	/** Which of the given school codes exist anywhere (codes are unique nationally). */
	public List<String> existingSchoolCodes(java.util.Collection<String> codes) {
		return jdbc.sql("select code from org.school where code = any(:codes)")
			.param("codes", codes.toArray(String[]::new))
			.query(String.class)
			.list();
	}

	/** Regions at and below the caller's scope, top-down; retired ones are flagged. */
	public List<Region> regionsInScope() {
		return regionsInScope(null);
	}

	/**
	 * Regions at and below the caller's scope, top-down, or only those directly below
	 * {@code parentCode} when given; retired ones are flagged.
	 */
	public List<Region> regionsInScope(String parentCode) {
		CurrentUser caller = Callers.current();
		DataScope scope = caller.scope();
		if (scope.kind() == DataScope.Kind.SCHOOL || scope.kind() == DataScope.Kind.SELF) {
			return List.of();
		}
		return jdbc.sql(RegionRows.SELECT + """
				where r.code like :p || '%' and (cast(:parent as varchar) is null or r.parent_code = :parent)
				order by r.code""")
			.param("p", scope.sqlRegionPrefix())
			.param("parent", parentCode == null || parentCode.isBlank() ? null : parentCode)
			.query(RegionRows::map)
			.list();
	}

	public Optional<Region> region(String code) {
		return jdbc.sql(RegionRows.SELECT + "where r.code = :c").param("c", code).query(RegionRows::map).optional();
	}

	/** Names of all regions by code (small table; used to label region codes). */
	public Map<String, String> regionNames() {
		Map<String, String> names = new HashMap<>();
		jdbc.sql("select code, name from org.region").query(rs -> {
			names.put(rs.getString(1), rs.getString(2));
		});
		return names;
	}

	/**
	 * The name of the caller's own unit, for a file name or a heading: the school, the
	 * bureau's region, or for the whole platform its top region; "" when unknown.
	 */
	public String callerUnitName() {
		DataScope scope = Callers.current().scope();
		return switch (scope.kind()) {
			case SCHOOL, SELF ->
				scope.schoolId() == null ? "" : findSchool(scope.schoolId()).map(SchoolSummary::name).orElse("");
			case REGION -> region(RegionCode.fromPrefix(scope.regionPrefix()).value()).map(Region::name).orElse("");
			case ALL -> jdbc.sql("select name from org.region where parent_code is null order by code limit 1")
				.query(String.class)
				.optional()
				.orElse("");
		};
	}

	/** Counts of schools and classes in the caller's scope, for landing pages. */
	public ScopeCounts counts() {
		CurrentUser caller = Callers.current();
		DataScope scope = caller.scope();
		return jdbc
			.sql("""
					with s as (select id from org.school
					           where region_code like :prefix || '%' and (cast(:schoolId as bigint) is null or id = :schoolId))
					select (select count(*) from s), (select count(*) from org.school_class c where c.school_id in (select id from s))""")
			.param("prefix", scope.sqlRegionPrefix())
			.param("schoolId", scope.sqlSchoolId())
			.query((rs, n) -> new ScopeCounts(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	public record ScopeCounts(long schools, long classes) {
	}

	/**
	 * A school may be placed in an existing region of the caller's scope that is in use.
	 */
	void checkRegion(CurrentUser caller, String regionCode) {
		Optional<Region> region = region(regionCode);
		if (region.isEmpty()) {
			throw new BusinessRuleViolation("regionCode", "region.code.unknown");
		}
		if (region.get().retired()) {
			throw new BusinessRuleViolation("regionCode", "region.retired");
		}
		if (caller.scope().kind() != DataScope.Kind.SCHOOL && !caller.scope().coversRegion(regionCode)) {
			throw new BusinessRuleViolation("regionCode", "region.code.outofscope");
		}
	}

}
