package cn.xiaoan.schoolbus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routes of a school's buses: planned by the school with a vehicle that may drive, a
 * driver who meets every condition, an escort, and the students who should ride (never
 * more than the seats). The ledger lists them with counts only.
 */
@Service
@Transactional
public class Routes {

	static final String SELECT = """
			select t.id, t.school_id, t.name, t.stops, t.departs_at, t.vehicle_id, v.plate, coalesce(v.seats, 0),
			       t.driver_id, d.name, t.escort_id, e.name,
			       (select count(*) from schoolbus.route_student rs where rs.route_id = t.id)
			from schoolbus.route t
			left join schoolbus.vehicle v on v.id = t.vehicle_id
			left join schoolbus.driver d on d.id = t.driver_id
			left join schoolbus.escort e on e.id = t.escort_id""";

	private final JdbcClient jdbc;

	private final Fleet fleet;

	private final Riders riders;

	private final ApplicationEventPublisher events;

	Routes(JdbcClient jdbc, Fleet fleet, Riders riders, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.fleet = fleet;
		this.riders = riders;
		this.events = events;
	}

	/** Plans a route of the caller's own school; answers its id. */
	public long plan(PlanRoute command) {
		String region = fleet.managedSchool(command.schoolId());
		VehicleRow vehicle = ownVehicle(command.schoolId(), command.vehicleId());
		requireEligible(command.schoolId(), command.driverId());
		if (command.escortId() != null) {
			ownEscort(command.schoolId(), command.escortId());
		}
		if (command.studentIds().size() > vehicle.seats()) {
			throw new BusinessRuleViolation("studentIds", "schoolbus.route.overSeats", vehicle.seats());
		}
		riders.requireOfSchool(command.schoolId(), command.studentIds());
		long id = jdbc.sql("""
				insert into schoolbus.route (school_id, region_code, name, stops, departs_at, vehicle_id, driver_id,
				    escort_id) values (:s, :r, :name, :stops, :departs, :v, :d, :e) returning id""")
			.param("s", command.schoolId())
			.param("r", region)
			.param("name", command.name())
			.param("stops", command.stops())
			.param("departs", command.departsAt())
			.param("v", command.vehicleId())
			.param("d", command.driverId())
			.param("e", command.escortId())
			.query(Long.class)
			.single();
		for (Long student : command.studentIds()) {
			jdbc.sql(
					"insert into schoolbus.route_student (route_id, student_id) values (:r, :s) on conflict do nothing")
				.param("r", id)
				.param("s", student)
				.update();
		}
		events.publishEvent(EntityChanged.created("schoolbus_route", id, region, command.schoolId(),
				Map.of("name", command.name(), "students", command.studentIds().size())));
		return id;
	}

	/** Puts another driver on the route: only one who meets every condition today. */
	public void assignDriver(long routeId, long driverId) {
		RouteRow route = route(routeId);
		String region = fleet.managedSchool(route.schoolId());
		requireEligible(route.schoolId(), driverId);
		jdbc.sql("update schoolbus.route set driver_id = :d where id = :id")
			.param("d", driverId)
			.param("id", routeId)
			.update();
		events.publishEvent(EntityChanged.updated("schoolbus_route", routeId, region, route.schoolId(),
				Map.of("driverId", String.valueOf(route.driverId())), Map.of("driverId", driverId)));
	}

	/** Names the route's escort; a route without one cannot start a run. */
	public void assignEscort(long routeId, long escortId) {
		RouteRow route = route(routeId);
		String region = fleet.managedSchool(route.schoolId());
		ownEscort(route.schoolId(), escortId);
		jdbc.sql("update schoolbus.route set escort_id = :e where id = :id")
			.param("e", escortId)
			.param("id", routeId)
			.update();
		events.publishEvent(EntityChanged.updated("schoolbus_route", routeId, region, route.schoolId(),
				Map.of("escortId", String.valueOf(route.escortId())), Map.of("escortId", escortId)));
	}

	/** The routes of the caller's scope, counts only. */
	@Transactional(readOnly = true)
	public List<RouteRow> routes() {
		CurrentUser caller = Callers.current();
		fleet.vehicles(); // the read check, once
		Map<Long, String> names = new HashMap<>();
		return jdbc.sql(SELECT + " where " + BusScope.FILTER + " order by t.school_id, t.departs_at, t.name")
			.params(BusScope.params(caller))
			.query((rs, n) -> row(rs, names, caller.seesStaffNames()))
			.list();
	}

	/** The routes the caller escorts, for the escort's 待办 (empty for anybody else). */
	@Transactional(readOnly = true)
	public List<RouteRow> escortedByCaller() {
		CurrentUser caller = Callers.current();
		if (!caller.can(SchoolBusPermissions.ESCORT) || caller.personId() == null || !caller.atOneSchool()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " " + """
				where t.school_id = :s and t.escort_id in
				(select x.id from schoolbus.escort x where x.staff_id = :me) order by t.departs_at, t.name""")
			.param("s", caller.scope().schoolId())
			.param("me", caller.personId())
			.query((rs, n) -> row(rs, new HashMap<>(), true))
			.list();
	}

	/** One route of the scope (404 outside it). */
	@Transactional(readOnly = true)
	public RouteRow route(long id) {
		CurrentUser caller = Callers.current();
		if (!caller.can(SchoolBusPermissions.READ) && !caller.can(SchoolBusPermissions.ESCORT)) {
			throw new cn.xiaoan.shared.AccessDenied("routes are for the ledger's readers and the school's escorts");
		}
		RouteRow route = jdbc.sql(SELECT + " where t.id = :id")
			.param("id", id)
			.query((rs, n) -> row(rs, new HashMap<>(), caller.seesStaffNames()))
			.optional()
			.orElseThrow(() -> new NotFound("route", id));
		if (!caller.scope().coversSchool(route.schoolId(), riders.regionOfSchool(route.schoolId()))) {
			throw new NotFound("route", id);
		}
		return route;
	}

	/** The route's riders by name: the school's leaders and the route's escort only. */
	@Transactional(readOnly = true)
	public List<Rider> riders(long routeId) {
		RouteRow route = route(routeId);
		CurrentUser caller = Callers.current();
		if (!leadsOrEscorts(caller, route)) {
			throw new cn.xiaoan.shared.AccessDenied("students' names are for the escort and the school's leaders");
		}
		return riders.ofRoute(routeId);
	}

	/** A school leader of the route's school, or the route's own escort. */
	boolean leadsOrEscorts(CurrentUser caller, RouteRow route) {
		if (!BusScope.ownSchool(caller, route.schoolId())) {
			return false;
		}
		if (caller.can(SchoolBusPermissions.MANAGE)) {
			return true;
		}
		return caller.can(SchoolBusPermissions.ESCORT) && caller.personId() != null && route.escortId() != null
				&& jdbc.sql("select exists (select 1 from schoolbus.escort where id = :e and staff_id = :me)")
					.param("e", route.escortId())
					.param("me", caller.personId())
					.query(Boolean.class)
					.single();
	}

	private VehicleRow ownVehicle(long schoolId, long vehicleId) {
		VehicleRow vehicle = fleet.vehicle(vehicleId);
		if (vehicle.schoolId() != schoolId) {
			throw new BusinessRuleViolation("vehicleId", "schoolbus.route.notOwn");
		}
		return vehicle;
	}

	private void ownEscort(long schoolId, long escortId) {
		if (!jdbc.sql("select exists (select 1 from schoolbus.escort where id = :e and school_id = :s)")
			.param("e", escortId)
			.param("s", schoolId)
			.query(Boolean.class)
			.single()) {
			throw new BusinessRuleViolation("escortId", "schoolbus.route.notOwn");
		}
	}

	private void requireEligible(long schoolId, long driverId) {
		DriverRow driver = fleet.driver(driverId);
		if (driver.schoolId() != schoolId) {
			throw new BusinessRuleViolation("driverId", "schoolbus.route.notOwn");
		}
		if (!driver.eligible()) {
			throw new BusinessRuleViolation("driverId", "schoolbus.driver.notEligible",
					new org.springframework.context.support.DefaultMessageSourceResolvable(driver.problems().get(0)));
		}
	}

	private RouteRow row(java.sql.ResultSet rs, Map<Long, String> names, boolean withNames)
			throws java.sql.SQLException {
		return new RouteRow(rs.getLong(1), rs.getLong(2), fleet.schoolName(names, rs.getLong(2)), rs.getString(3),
				rs.getString(4), rs.getObject(5, java.time.LocalTime.class), (Long) rs.getObject(6), rs.getString(7),
				rs.getInt(8), (Long) rs.getObject(9), withNames ? rs.getString(10) : "", (Long) rs.getObject(11),
				withNames ? rs.getString(12) : "", rs.getInt(13));
	}

}
