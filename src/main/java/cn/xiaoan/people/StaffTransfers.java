package cn.xiaoan.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member moving to another school (调动) keeps their row, id and history; their
 * account's school moves with them. The source school's administrator may send them
 * anywhere; a bureau only between schools it covers.
 */
@Service
@Transactional(readOnly = true)
class StaffTransfers {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final ApplicationEventPublisher events;

	private final BearerTokenLookup tokens;

	private final SignedInAccountCheck signedIn;

	StaffTransfers(JdbcClient jdbc, OrgManagement org, ApplicationEventPublisher events, BearerTokenLookup tokens,
			SignedInAccountCheck signedIn) {
		this.signedIn = signedIn;
		this.jdbc = jdbc;
		this.org = org;
		this.events = events;
		this.tokens = tokens;
	}

	/** One move; school names are filled in for display. */
	public record Transfer(long id, long staffId, String staffName, long fromSchoolId, String fromSchool,
			long toSchoolId, String toSchool, String reason, String byUsername, OffsetDateTime transferredAt) {

		Transfer named(Map<Long, String> schools) {
			return new Transfer(id, staffId, staffName, fromSchoolId, schools.get(fromSchoolId), toSchoolId,
					schools.get(toSchoolId), reason, byUsername, transferredAt);
		}

	}

	@Transactional
	public Transfer transfer(long staffId, TransferStaff command) {
		CurrentUser caller = Callers.current().require(Permission.PEOPLE_EDIT).require(Permission.ACCOUNT_ADMIN);
		Map<String, Object> before = staff(staffId);
		SchoolSummary from = org.findSchool((Long) before.get("schoolId"))
			.filter(s -> caller.scope().coversSchool(s.id(), s.regionCode()))
			.orElseThrow(() -> new NotFound("staff", staffId));
		// a school sends its staff anywhere, named by id or by the receiving school's
		// code; a
		// bureau only between schools it covers
		String field = command.schoolId() != null ? "schoolId" : "schoolCode";
		if (command.schoolId() == null && command.schoolCode().isEmpty()) {
			throw new BusinessRuleViolation(field, "staff.transfer.school.required");
		}
		SchoolSummary to = (command.schoolId() != null ? org.findSchool(command.schoolId())
				: org.findSchoolByCode(command.schoolCode()))
			.filter(s -> caller.scope().kind() == DataScope.Kind.SCHOOL
					|| caller.scope().coversSchool(s.id(), s.regionCode()))
			.orElseThrow(() -> new BusinessRuleViolation(field, "staff.transfer.school.unknown"));
		if (to.id() == from.id()) {
			throw new BusinessRuleViolation(field, "staff.transfer.same");
		}
		// classes and departments belong to the old school; the new one assigns its own
		jdbc.sql("""
				update people.staff set school_id = :s, region_code = :r, department_id = null, head_class_id = null
				where id = :id""").param("s", to.id()).param("r", to.regionCode()).param("id", staffId).update();
		int accounts = jdbc.sql("""
				update people.account set school_id = :s, region_code = :r
				where person_id = :id and role not in ('STUDENT', 'PARENT')""")
			.param("s", to.id())
			.param("r", to.regionCode())
			.param("id", staffId)
			.update();
		long id = jdbc.sql("""
				insert into people.staff_transfer (staff_id, from_school_id, from_region_code, to_school_id,
				    to_region_code, reason, by_account_id, by_username)
				values (:staff, :fs, :fr, :ts, :tr, :reason, :by, :byName) returning id""")
			.param("staff", staffId)
			.param("fs", from.id())
			.param("fr", from.regionCode())
			.param("ts", to.id())
			.param("tr", to.regionCode())
			.param("reason", command.reason())
			.param("by", caller.accountId())
			.param("byName", caller.username())
			.query(Long.class)
			.single();
		if (accounts > 0) {
			tokens.clear();
			signedIn.forget();
		}
		Map<String, Object> after = new LinkedHashMap<>(before);
		after.put("schoolId", to.id());
		after.put("regionCode", to.regionCode());
		after.put("reason", command.reason());
		events.publishEvent(new EntityChanged("staff", String.valueOf(staffId), "TRANSFER", to.regionCode(), to.id(),
				before, after));
		// not history(): the staff member may now be outside the caller's scope
		return named(jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(StaffTransfers::map).list()).get(0);
	}

	/** The moves of a staff member of a school in the caller's scope, latest first. */
	public List<Transfer> history(long staffId) {
		CurrentUser caller = Callers.current().require(Permission.PEOPLE_READ);
		Map<String, Object> staff = staff(staffId);
		org.findSchool((Long) staff.get("schoolId"))
			.filter(s -> caller.scope().coversSchool(s.id(), s.regionCode()))
			.orElseThrow(() -> new NotFound("staff", staffId));
		return named(jdbc.sql(SELECT + " where t.staff_id = :id order by t.transferred_at desc, t.id desc")
			.param("id", staffId)
			.query(StaffTransfers::map)
			.list());
	}

	/** The name of a staff member whose history the caller may see. */
	public String staffName(long staffId) {
		history(staffId);
		return (String) staff(staffId).get("name");
	}

	/** Moves into and out of a school of the caller's scope, latest first. */
	public List<Transfer> ofSchool(long schoolId) {
		Callers.current().require(Permission.PEOPLE_READ);
		org.school(schoolId);
		return named(jdbc
			.sql(SELECT
					+ " where t.from_school_id = :s or t.to_school_id = :s order by t.transferred_at desc limit 100")
			.param("s", schoolId)
			.query(StaffTransfers::map)
			.list());
	}

	private static final String SELECT = """
			select t.id, t.staff_id, s.name, t.from_school_id, t.to_school_id, t.reason, t.by_username, t.transferred_at
			from people.staff_transfer t join people.staff s on s.id = t.staff_id""";

	private static Transfer map(ResultSet rs, int n) throws SQLException {
		return new Transfer(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), null, rs.getLong(5), null,
				rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class));
	}

	private List<Transfer> named(List<Transfer> transfers) {
		Map<Long, String> schools = new HashMap<>();
		for (Transfer t : transfers) {
			for (long id : new long[] { t.fromSchoolId(), t.toSchoolId() }) {
				schools.computeIfAbsent(id, k -> org.findSchool(k).map(SchoolSummary::name).orElse(""));
			}
		}
		return transfers.stream().map(t -> t.named(schools)).toList();
	}

	private Map<String, Object> staff(long staffId) {
		return jdbc.sql("select school_id, region_code, name from people.staff where id = :id")
			.param("id", staffId)
			.query((rs, n) -> {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("schoolId", rs.getLong(1));
				row.put("regionCode", rs.getString(2));
				row.put("name", rs.getString(3));
				return row;
			})
			.optional()
			.orElseThrow(() -> new NotFound("staff", staffId));
	}

}
