package cn.xiaoan.schoolbus;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
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
 * The permit application on the statutory clock (条例 第十五条), every deadline in working days
 * of the Chinese calendar: the school applies; education forwards to police traffic and
 * transport within 3; each answers within 3; education gives its opinion within 5 of the
 * last answer; the government's decision is recorded by the bureau. Each party acts in
 * the platform; each step is refused to anyone else.
 */
@Service
@Transactional
public class Permits {

	private static final String SELECT = """
			select t.id, t.school_id, v.plate, t.applicant, t.status, t.applied_on, t.forward_due, t.forwarded_on,
			       t.answers_due, t.police_agrees, t.police_note, t.police_on, t.transport_agrees, t.transport_note,
			       t.transport_on, t.opinion_due, t.opinion_agrees, t.opinion_note, t.opinion_on, t.approved,
			       t.decision_note, t.decided_on, t.region_code
			from schoolbus.permit t join schoolbus.vehicle v on v.id = t.vehicle_id""";

	private final JdbcClient jdbc;

	private final Fleet fleet;

	private final HolidayCalendar calendar;

	private final PolicyManagement policy;

	private final ApplicationEventPublisher events;

	Permits(JdbcClient jdbc, Fleet fleet, HolidayCalendar calendar, PolicyManagement policy,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.fleet = fleet;
		this.calendar = calendar;
		this.policy = policy;
		this.events = events;
	}

	/** The school applies for a vehicle of its own; answers the application's id. */
	public long apply(long vehicleId, String applicant) {
		VehicleRow vehicle = fleet.vehicle(vehicleId);
		String region = fleet.managedSchool(vehicle.schoolId());
		if (applicant == null || applicant.isBlank() || applicant.length() > 100) {
			throw new BusinessRuleViolation("applicant", "schoolbus.permit.applicant.invalid");
		}
		LocalDate today = fleet.today();
		long id = jdbc
			.sql("""
					insert into schoolbus.permit (school_id, region_code, vehicle_id, applicant, status, applied_on, forward_due)
					values (:s, :r, :v, :a, 'APPLIED', :today, :due) returning id""")
			.param("s", vehicle.schoolId())
			.param("r", region)
			.param("v", vehicleId)
			.param("a", applicant.trim())
			.param("today", today)
			.param("due", due(today, PolicySetting.SCHOOLBUS_FORWARD_WORKING_DAYS, region))
			.query(Long.class)
			.single();
		events.publishEvent(EntityChanged.created("schoolbus_permit", id, region, vehicle.schoolId(),
				Map.of("plate", vehicle.plate(), "status", "APPLIED")));
		return id;
	}

	/** Education forwards the application to police traffic and transport. */
	public void forward(long id) {
		PermitView permit = reviewed(id, PermitStatus.APPLIED);
		LocalDate today = fleet.today();
		jdbc.sql(
				"update schoolbus.permit set status = 'FORWARDED', forwarded_on = :t, answers_due = :due where id = :id")
			.param("t", today)
			.param("due", due(today, PolicySetting.SCHOOLBUS_ANSWER_WORKING_DAYS, regionOf(id)))
			.param("id", id)
			.update();
		changed(permit, "FORWARDED");
	}

	/** Police traffic or transport answers, each for its own department. */
	public void answer(long id, boolean agrees, String note) {
		CurrentUser caller = Callers.current().require(SchoolBusPermissions.PERMIT_ANSWER);
		String party = switch (caller.role()) {
			case POLICE_LIAISON -> "police";
			case TRANSPORT_LIAISON -> "transport";
			default -> throw new AccessDenied("the police and transport departments answer for themselves");
		};
		PermitView permit = permit(id);
		if (permit.status() != PermitStatus.FORWARDED) {
			throw new BusinessRuleViolation("status", "schoolbus.permit.wrongStep");
		}
		if ((party.equals("police") ? permit.policeOn() : permit.transportOn()) != null) {
			throw new BusinessRuleViolation("status", "schoolbus.permit.answered");
		}
		LocalDate today = fleet.today();
		jdbc.sql("update schoolbus.permit set " + party + "_agrees = :a, " + party + "_note = :n, " + party
				+ "_on = :t where id = :id")
			.param("a", agrees)
			.param("n", note(note))
			.param("t", today)
			.param("id", id)
			.update();
		boolean both = jdbc
			.sql("select police_on is not null and transport_on is not null from schoolbus.permit where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single();
		if (both) {
			jdbc.sql("update schoolbus.permit set status = 'ANSWERED', opinion_due = :due where id = :id")
				.param("due", due(today, PolicySetting.SCHOOLBUS_OPINION_WORKING_DAYS, regionOf(id)))
				.param("id", id)
				.update();
		}
		changed(permit, both ? "ANSWERED" : "FORWARDED");
	}

	/** Education's opinion, sent to the government. */
	public void opine(long id, boolean agrees, String note) {
		PermitView permit = reviewed(id, PermitStatus.ANSWERED);
		jdbc.sql("""
				update schoolbus.permit set status = 'OPINED', opinion_agrees = :a, opinion_note = :n, opinion_on = :t
				where id = :id""")
			.param("a", agrees)
			.param("n", note(note))
			.param("t", fleet.today())
			.param("id", id)
			.update();
		changed(permit, "OPINED");
	}

	/** The government's decision, recorded by the bureau. */
	public void decide(long id, boolean approved, String note) {
		PermitView permit = reviewed(id, PermitStatus.OPINED);
		jdbc.sql("""
				update schoolbus.permit set status = :s, approved = :a, decision_note = :n, decided_on = :t
				where id = :id""")
			.param("s", approved ? "APPROVED" : "REFUSED")
			.param("a", approved)
			.param("n", note(note))
			.param("t", fleet.today())
			.param("id", id)
			.update();
		changed(permit, approved ? "APPROVED" : "REFUSED");
	}

	/** The applications of the caller's scope, open ones first. */
	@Transactional(readOnly = true)
	public List<PermitView> permits() {
		CurrentUser caller = Callers.current().require(SchoolBusPermissions.READ);
		Map<Long, String> names = new HashMap<>();
		LocalDate today = fleet.today();
		return jdbc
			.sql(SELECT + " where " + BusScope.FILTER
					+ " order by t.status in ('APPROVED', 'REFUSED'), t.applied_on desc, t.id desc limit 200")
			.params(BusScope.params(caller))
			.query((rs, n) -> view(rs, names, today))
			.list();
	}

	/** One application of the scope (404 outside it). */
	@Transactional(readOnly = true)
	public PermitView permit(long id) {
		CurrentUser caller = Callers.current().require(SchoolBusPermissions.READ);
		PermitView permit = jdbc.sql(SELECT + " where t.id = :id")
			.param("id", id)
			.query((rs, n) -> view(rs, new HashMap<>(), fleet.today()))
			.optional()
			.orElseThrow(() -> new NotFound("permit", id));
		BusScope.require(caller, "permit", id, permit.schoolId(), regionOf(id));
		return permit;
	}

	/**
	 * What the caller may do to the permit now: "forward", "answer", "opine", "decide" or
	 * "".
	 */
	@Transactional(readOnly = true)
	public String nextStepFor(PermitView permit) {
		CurrentUser caller = Callers.current();
		if (caller.can(SchoolBusPermissions.PERMIT_REVIEW) && caller.role() != Role.SYSTEM_ADMIN) {
			return switch (permit.status()) {
				case APPLIED -> "forward";
				case ANSWERED -> "opine";
				case OPINED -> "decide";
				default -> "";
			};
		}
		if (caller.can(SchoolBusPermissions.PERMIT_ANSWER) && permit.status() == PermitStatus.FORWARDED
				&& ((caller.role() == Role.POLICE_LIAISON && permit.policeOn() == null)
						|| (caller.role() == Role.TRANSPORT_LIAISON && permit.transportOn() == null))) {
			return "answer";
		}
		return "";
	}

	private PermitView reviewed(long id, PermitStatus expected) {
		CurrentUser caller = Callers.current().require(SchoolBusPermissions.PERMIT_REVIEW);
		PermitView permit = permit(id);
		if (caller.atOneSchool()) {
			throw new AccessDenied("the education bureau reviews permits");
		}
		if (permit.status() != expected) {
			throw new BusinessRuleViolation("status", "schoolbus.permit.wrongStep");
		}
		return permit;
	}

	private LocalDate due(LocalDate from, PolicySetting setting, String region) {
		return calendar.workingDays().plus(from, policy.effective(setting, region).asInt());
	}

	private String regionOf(long id) {
		return jdbc.sql("select region_code from schoolbus.permit where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private void changed(PermitView before, String status) {
		events.publishEvent(EntityChanged.updated("schoolbus_permit", before.id(), regionOf(before.id()),
				before.schoolId(), Map.of("status", before.status().name()), Map.of("status", status)));
	}

	private static String note(String note) {
		if (note != null && note.length() > 500) {
			throw new BusinessRuleViolation("note", "schoolbus.permit.note.tooLong");
		}
		return note == null ? "" : note.trim();
	}

	private PermitView view(java.sql.ResultSet rs, Map<Long, String> names, LocalDate today)
			throws java.sql.SQLException {
		return new PermitView(rs.getLong(1), rs.getLong(2), fleet.schoolName(names, rs.getLong(2)), rs.getString(3),
				rs.getString(4), PermitStatus.valueOf(rs.getString(5)), date(rs, 6), date(rs, 7), date(rs, 8),
				date(rs, 9), (Boolean) rs.getObject(10), rs.getString(11), date(rs, 12), (Boolean) rs.getObject(13),
				rs.getString(14), date(rs, 15), date(rs, 16), (Boolean) rs.getObject(17), rs.getString(18),
				date(rs, 19), (Boolean) rs.getObject(20), rs.getString(21), date(rs, 22), today);
	}

	private static LocalDate date(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
		return rs.getObject(column, LocalDate.class);
	}

}
