package cn.xiaoan.care;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.xiaoan.people.SchoolColleague;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's psychological counsellors, named by the principal: they join every care
 * file's circle of the school. Only the principal names and removes them.
 */
@Service
@Transactional
public class CareCounsellors {

	private final JdbcClient jdbc;

	private final CareAccess access;

	private final ApplicationEventPublisher publisher;

	CareCounsellors(JdbcClient jdbc, CareAccess access, ApplicationEventPublisher publisher) {
		this.jdbc = jdbc;
		this.access = access;
		this.publisher = publisher;
	}

	/**
	 * The counsellors of the caller's school (principal, safety office, head teachers).
	 */
	@Transactional(readOnly = true)
	public List<Counsellor> ofMySchool() {
		CurrentUser caller = Callers.current().require(CarePermissions.CARE_PAIR);
		long school = school(caller);
		return jdbc.sql("""
				select staff_id, staff_name, named_by, named_at from care.counsellor where school_id = :s
				order by staff_name""")
			.param("s", school)
			.query((rs, n) -> new Counsellor(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class)))
			.list();
	}

	public void name(NameCounsellor command) {
		CurrentUser caller = principal();
		long school = school(caller);
		SchoolColleague staff = access.colleaguesOf(school)
			.stream()
			.filter(c -> c.staffId() == command.staffId())
			.findFirst()
			.orElseThrow(() -> new BusinessRuleViolation("staffId", "care.pair.staff.unknown"));
		jdbc.sql("""
				insert into care.counsellor (school_id, staff_id, staff_name, named_by, named_at)
				values (:s, :staff, :name, :by, :at) on conflict do nothing""")
			.param("s", school)
			.param("staff", staff.staffId())
			.param("name", staff.name())
			.param("by", caller.displayName())
			.param("at", OffsetDateTime.now())
			.update();
		events(caller, staff.staffId(), Map.of(), Map.of("counsellor", staff.name()), "CREATE");
	}

	public void remove(long staffId) {
		CurrentUser caller = principal();
		long school = school(caller);
		String name = jdbc
			.sql("delete from care.counsellor where school_id = :s and staff_id = :staff returning staff_name")
			.param("s", school)
			.param("staff", staffId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFound("counsellor", staffId));
		events(caller, staffId, Map.of("counsellor", name), Map.of(), "DELETE");
	}

	private void events(CurrentUser caller, long staffId, Map<String, Object> before, Map<String, Object> after,
			String action) {
		publisher.publishEvent(new EntityChanged("care_counsellor", String.valueOf(staffId), action,
				caller.scope().schoolRegion(), caller.scope().schoolId(), before, after));
	}

	private static CurrentUser principal() {
		CurrentUser caller = Callers.current().require(CarePermissions.CARE_PAIR);
		if (caller.role() != Role.PRINCIPAL) {
			throw new AccessDenied("the principal names the counsellors");
		}
		return caller;
	}

	private static long school(CurrentUser caller) {
		if (!CareAccess.ownSchool(caller, caller.scope().schoolId() == null ? -1 : caller.scope().schoolId())) {
			throw new AccessDenied("counsellors are named by a school");
		}
		return caller.scope().schoolId();
	}

}
