package cn.xiaoan.schoolbus;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.notification.ReminderChannel;
import cn.xiaoan.people.Recipients;
import cn.xiaoan.people.SchoolColleague;
import cn.xiaoan.people.SchoolColleagues;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A day's trip of a route, on the escort's phone: it starts only with an escort, a
 * vehicle that may drive and a driver who meets every condition; the escort ticks who got
 * on (never more than the seats) and who got off; a child who got on and not off raises
 * the alert to the child's own head teacher, the leaders of the school and the child's
 * parents.
 */
@Service
@Transactional
public class Runs {

	private final JdbcClient jdbc;

	private final Routes routes;

	private final Fleet fleet;

	private final Riders riders;

	private final SchoolColleagues colleagues;

	private final Notifications notifications;

	private final Recipients recipients;

	private final ObjectProvider<ReminderChannel> channels;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Runs(JdbcClient jdbc, Routes routes, Fleet fleet, Riders riders, SchoolColleagues colleagues,
			Notifications notifications, Recipients recipients, ObjectProvider<ReminderChannel> channels,
			ApplicationEventPublisher events, Clock clock) {
		this.recipients = recipients;
		this.jdbc = jdbc;
		this.routes = routes;
		this.fleet = fleet;
		this.riders = riders;
		this.colleagues = colleagues;
		this.notifications = notifications;
		this.channels = channels;
		this.events = events;
		this.clock = clock;
	}

	/** Starts today's run of the route: its escort or a school leader; answers its id. */
	public long start(long routeId) {
		RouteRow route = routes.route(routeId);
		CurrentUser caller = checker(route);
		if (route.escortId() == null) {
			throw new BusinessRuleViolation("escortId", "schoolbus.run.noEscort");
		}
		VehicleRow vehicle = fleet.vehicleOfRoute(route.vehicleId());
		if (!vehicle.available()) {
			throw new BusinessRuleViolation("vehicleId", "schoolbus.run.vehicleUnavailable",
					resolvable(vehicle.problems().get(0)));
		}
		DriverRow driver = fleet.driverOfRoute(route.driverId(), false);
		if (!driver.eligible()) {
			throw new BusinessRuleViolation("driverId", "schoolbus.driver.notEligible",
					resolvable(driver.problems().get(0)));
		}
		long id = jdbc
			.sql("""
					insert into schoolbus.run (route_id, school_id, region_code, run_date, vehicle_id, driver_id, escort_id, status)
					select id, school_id, region_code, :day, vehicle_id, driver_id, escort_id, 'BOARDING'
					from schoolbus.route where id = :r returning id""")
			.param("day", fleet.today())
			.param("r", routeId)
			.query(Long.class)
			.single();
		jdbc.sql(
				"insert into schoolbus.run_check (run_id, student_id) select :run, student_id from schoolbus.route_student where route_id = :r")
			.param("run", id)
			.param("r", routeId)
			.update();
		events.publishEvent(EntityChanged.created("schoolbus_run", id, caller.scope().homeRegion(), route.schoolId(),
				Map.of("routeId", routeId)));
		return id;
	}

	/** The escort ticks who got on; more than the seats is refused. */
	public void board(long runId, List<Long> studentIds) {
		RunView run = run(runId);
		requireChecker(run, RunStatus.BOARDING);
		Set<Long> on = new HashSet<>(studentIds == null ? List.of() : studentIds);
		if (on.size() > run.seats()) {
			throw new BusinessRuleViolation("studentIds", "schoolbus.run.overSeats", run.seats());
		}
		int marked = jdbc
			.sql("update schoolbus.run_check set boarded_at = :now where run_id = :run and student_id = any(:ids)")
			.param("now", OffsetDateTime.now(clock))
			.param("run", runId)
			.param("ids", on.toArray(Long[]::new))
			.update();
		if (marked != on.size()) {
			throw new BusinessRuleViolation("studentIds", "schoolbus.route.studentUnknown");
		}
		jdbc.sql("update schoolbus.run set status = 'ON_ROAD' where id = :id").param("id", runId).update();
		events.publishEvent(EntityChanged.updated("schoolbus_run", runId, riders.regionOfSchool(run.schoolId()),
				run.schoolId(), Map.of("status", "BOARDING"), Map.of("status", "ON_ROAD", "boarded", on.size())));
	}

	/**
	 * The escort ticks who got off; whoever got on and is not ticked is missing, and the
	 * alert goes out at once.
	 */
	public int alight(long runId, List<Long> studentIds) {
		RunView run = run(runId);
		requireChecker(run, RunStatus.ON_ROAD);
		Set<Long> off = new HashSet<>(studentIds == null ? List.of() : studentIds);
		jdbc.sql("""
				update schoolbus.run_check set alighted_at = :now
				where run_id = :run and boarded_at is not null and student_id = any(:ids)""")
			.param("now", OffsetDateTime.now(clock))
			.param("run", runId)
			.param("ids", off.toArray(Long[]::new))
			.update();
		List<Rider> missing = riders.ofRun(runId).stream().filter(Rider::missing).toList();
		jdbc.sql("update schoolbus.run set status = 'DONE', finished_at = now(), missing = :m where id = :id")
			.param("m", missing.size())
			.param("id", runId)
			.update();
		if (!missing.isEmpty()) {
			alert(run, missing);
		}
		events.publishEvent(EntityChanged.updated("schoolbus_run", runId, riders.regionOfSchool(run.schoolId()),
				run.schoolId(), Map.of("status", "ON_ROAD"), Map.of("status", "DONE", "missing", missing.size())));
		return missing.size();
	}

	/** A run of the scope, with the riders the caller may see by name. */
	@Transactional(readOnly = true)
	public RunView run(long runId) {
		CurrentUser caller = Callers.current();
		record Head(long routeId, String status, java.time.LocalDate day, int missing) {
		}
		Head head = jdbc.sql("select route_id, status, run_date, missing from schoolbus.run where id = :id")
			.param("id", runId)
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), rs.getObject(3, java.time.LocalDate.class),
					rs.getInt(4)))
			.optional()
			.orElseThrow(() -> new NotFound("run", runId));
		RouteRow route;
		try {
			route = routes.route(head.routeId());
		}
		catch (NotFound ex) {
			throw new NotFound("run", runId);
		}
		List<Rider> all = riders.ofRun(runId);
		boolean checks = routes.leadsOrEscorts(caller, route);
		List<Rider> shown;
		if (checks) {
			shown = all;
		}
		else if (caller.role() == Role.HEAD_TEACHER && BusScope.ownSchool(caller, route.schoolId())) {
			Long led = ledClass(caller, route.schoolId());
			shown = all.stream().filter(r -> led != null && r.classId() == led).toList();
		}
		else if (caller.can(SchoolBusPermissions.READ)) {
			shown = List.of();
		}
		else {
			throw new AccessDenied("a run is for the escort, the head teachers and the school's leaders");
		}
		int boarded = (int) all.stream().filter(Rider::boarded).count();
		return new RunView(runId, route.id(), route.name(), route.schoolId(), head.day(), route.plate(), route.seats(),
				RunStatus.valueOf(head.status()), all.size(), boarded, head.missing(), shown, checks);
	}

	/** Today's runs of a route, newest first. */
	@Transactional(readOnly = true)
	public List<Long> runsOf(long routeId) {
		routes.route(routeId);
		return jdbc.sql("select id from schoolbus.run where route_id = :r order by id desc limit 20")
			.param("r", routeId)
			.query(Long.class)
			.list();
	}

	private void alert(RunView run, List<Rider> missing) {
		String link = "/school-buses/runs/" + run.id();
		notifications.toSchool(run.schoolId(), Set.of(Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER),
				"schoolbus.notify.missing", link, run.routeName(), run.plate(), String.valueOf(missing.size()));
		// each missing child's own head teacher, not every head teacher of the school
		List<Long> heads = recipients.headTeachersOf(missing.stream().map(Rider::classId).distinct().toList());
		notifications.toAccounts(heads, "schoolbus.notify.missing", link, run.routeName(), run.plate(),
				String.valueOf(missing.size()));
		for (Rider child : missing) {
			List<Long> parents = riders.parentAccounts(List.of(child.studentId()));
			notifications.toAccounts(parents, "schoolbus.notify.missingChild", "/", child.name(), run.routeName(),
					run.plate());
			String text = "【校车安全】" + child.name() + "乘坐" + run.routeName() + "（" + run.plate()
					+ "）下车清点时未到，学校正在核实，请立即与班主任联系。";
			channels.orderedStream().forEach(channel -> channel.send(parents, text));
		}
	}

	private CurrentUser checker(RouteRow route) {
		CurrentUser caller = Callers.current().require(SchoolBusPermissions.ESCORT);
		if (!routes.leadsOrEscorts(caller, route)) {
			throw new AccessDenied("a run is checked by its escort or the school's leaders");
		}
		return caller;
	}

	private void requireChecker(RunView run, RunStatus expected) {
		Callers.current().require(SchoolBusPermissions.ESCORT);
		if (!run.mayCheck()) {
			throw new AccessDenied("a run is checked by its escort or the school's leaders");
		}
		if (run.status() != expected) {
			throw new BusinessRuleViolation("status", "schoolbus.run.wrongStep");
		}
	}

	private Long ledClass(CurrentUser caller, long schoolId) {
		if (caller.personId() == null) {
			return null;
		}
		return colleagues.find(schoolId, caller.personId()).map(SchoolColleague::headClassId).orElse(null);
	}

	private static org.springframework.context.MessageSourceResolvable resolvable(String key) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(key);
	}

}
