package cn.xiaoan.schoolbus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.people.SchoolColleague;
import cn.xiaoan.people.SchoolColleagues;
import cn.xiaoan.shared.AccessDenied;
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
 * The school-bus ledger's API: a school registers its vehicles, drivers and escorts; the
 * ledger lists those of the caller's scope with what keeps each off the road today. Names
 * of drivers and escorts are not shown to partner departments.
 */
@Service
@Transactional
public class Fleet {

	private static final String VEHICLES = """
			select t.id, t.school_id, t.plate, t.operator, t.model, t.seats, t.permit_no, t.permit_expires,
			       t.inspection_due, t.insurance_no, t.insurance_expires, t.equipment_ok
			from schoolbus.vehicle t""";

	private static final String DRIVERS = """
			select t.id, t.school_id, t.name, t.licence_class, t.birth_date, t.licensed_since, t.licence_expires,
			       t.full_points, t.serious_accident, t.drink_driving, t.criminal_record, t.health_fit, t.review_due,
			       t.licence_no, t.reviewed_on
			from schoolbus.driver t""";

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final SchoolColleagues colleagues;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Fleet(JdbcClient jdbc, OrgManagement org, SchoolColleagues colleagues, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.org = org;
		this.colleagues = colleagues;
		this.events = events;
		this.clock = clock;
	}

	/** Registers a vehicle of the caller's own school; answers its id. */
	public long registerVehicle(RegisterVehicle command) {
		String region = managedSchool(command.schoolId());
		if (jdbc.sql("select exists (select 1 from schoolbus.vehicle where plate = :p)")
			.param("p", command.plate())
			.query(Boolean.class)
			.single()) {
			throw new BusinessRuleViolation("plate", "schoolbus.vehicle.plate.taken");
		}
		long id = jdbc.sql("""
				insert into schoolbus.vehicle (school_id, region_code, plate, operator, model, seats, permit_no,
				    permit_expires, inspection_due, insurance_no, insurance_expires, equipment_ok)
				values (:s, :r, :plate, :op, :model, :seats, :pn, :pe, :inspection, :ins, :ie, :eq) returning id""")
			.param("s", command.schoolId())
			.param("r", region)
			.param("plate", command.plate())
			.param("op", command.operator())
			.param("model", command.model())
			.param("seats", command.seats())
			.param("pn", command.permitNo())
			.param("pe", command.permitExpires())
			.param("inspection", command.inspectionDue())
			.param("ins", command.insuranceNo())
			.param("ie", command.insuranceExpires())
			.param("eq", command.equipmentOk())
			.query(Long.class)
			.single();
		events.publishEvent(EntityChanged.created("schoolbus_vehicle", id, region, command.schoolId(),
				Map.of("plate", command.plate(), "seats", command.seats())));
		return id;
	}

	/**
	 * Registers a driver of the caller's own school; the conditions are recorded as
	 * checked, and one who fails any is kept in the ledger but cannot be assigned.
	 */
	public long registerDriver(RegisterDriver command) {
		String region = managedSchool(command.schoolId());
		if (jdbc.sql("select exists (select 1 from schoolbus.driver where licence_no = :n)")
			.param("n", command.licenceNo())
			.query(Boolean.class)
			.single()) {
			throw new BusinessRuleViolation("licenceNo", "schoolbus.driver.licence.taken");
		}
		if (command.reviewedOn().isAfter(today()) || !command.birthDate().isBefore(command.licensedSince())) {
			throw new BusinessRuleViolation("reviewedOn", "schoolbus.driver.dates.invalid");
		}
		long id = jdbc.sql("""
				insert into schoolbus.driver (school_id, region_code, name, licence_no, birth_date, licence_class,
				    licensed_since, licence_expires, full_points, serious_accident, drink_driving, criminal_record,
				    health_fit, reviewed_on, review_due)
				values (:s, :r, :name, :no, :birth, :cls, :since, :expires, :points, :accident, :drink, :criminal,
				        :health, :reviewed, :due) returning id""")
			.param("s", command.schoolId())
			.param("r", region)
			.param("name", command.name())
			.param("no", command.licenceNo())
			.param("birth", command.birthDate())
			.param("cls", command.licenceClass())
			.param("since", command.licensedSince())
			.param("expires", command.licenceExpires())
			.param("points", command.fullPoints())
			.param("accident", command.seriousAccident())
			.param("drink", command.drinkDriving())
			.param("criminal", command.criminalRecord())
			.param("health", command.healthFit())
			.param("reviewed", command.reviewedOn())
			.param("due", command.reviewedOn().plusYears(1))
			.query(Long.class)
			.single();
		events.publishEvent(EntityChanged.created("schoolbus_driver", id, region, command.schoolId(), Map
			.of("licenceClass", command.licenceClass(), "eligible", command.conditions().problems(today()).isEmpty())));
		return id;
	}

	/** Names a staff member of the caller's own school as an escort; answers its id. */
	public long nameEscort(long schoolId, long staffId) {
		String region = managedSchool(schoolId);
		SchoolColleague staff = colleagues.find(schoolId, staffId)
			.orElseThrow(() -> new BusinessRuleViolation("staffId", "schoolbus.escort.unknown"));
		Long id = jdbc.sql("""
				insert into schoolbus.escort (school_id, region_code, staff_id, name) values (:s, :r, :staff, :name)
				on conflict (school_id, staff_id) do nothing returning id""")
			.param("s", schoolId)
			.param("r", region)
			.param("staff", staffId)
			.param("name", staff.name())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new BusinessRuleViolation("staffId", "schoolbus.escort.already"));
		events
			.publishEvent(EntityChanged.created("schoolbus_escort", id, region, schoolId, Map.of("staffId", staffId)));
		return id;
	}

	/** The vehicles of the caller's scope, by school and plate. */
	@Transactional(readOnly = true)
	public List<VehicleRow> vehicles() {
		CurrentUser caller = reader();
		Map<Long, String> names = new HashMap<>();
		LocalDate today = today();
		return jdbc.sql(VEHICLES + " where " + BusScope.FILTER + " order by t.school_id, t.plate")
			.params(BusScope.params(caller))
			.query((rs, n) -> vehicle(rs, names, today))
			.list();
	}

	/** The drivers of the caller's scope; partners see no names. */
	@Transactional(readOnly = true)
	public List<DriverRow> drivers() {
		CurrentUser caller = reader();
		Map<Long, String> names = new HashMap<>();
		LocalDate today = today();
		return jdbc.sql(DRIVERS + " where " + BusScope.FILTER + " order by t.school_id, t.name")
			.params(BusScope.params(caller))
			.query((rs, n) -> driver(rs, names, today, caller.seesStaffNames()))
			.list();
	}

	/** The escorts of the caller's scope with how many routes each rides. */
	@Transactional(readOnly = true)
	public List<EscortRow> escorts() {
		CurrentUser caller = reader();
		Map<Long, String> names = new HashMap<>();
		return jdbc.sql("""
				select t.id, t.school_id, t.staff_id, t.name,
				       (select count(*) from schoolbus.route r where r.escort_id = t.id)
				from schoolbus.escort t where """ + BusScope.FILTER + " order by t.school_id, t.name")
			.params(BusScope.params(caller))
			.query((rs, n) -> new EscortRow(rs.getLong(1), rs.getLong(2), schoolName(names, rs.getLong(2)),
					rs.getLong(3), caller.seesStaffNames() ? rs.getString(4) : "", rs.getInt(5)))
			.list();
	}

	/** One vehicle in scope (404 outside it). */
	@Transactional(readOnly = true)
	public VehicleRow vehicle(long id) {
		CurrentUser caller = reader();
		VehicleRow row = vehicleOfRoute(id);
		BusScope.require(caller, "vehicle", id, row.schoolId(), regionOf(row.schoolId()));
		return row;
	}

	/** A vehicle a checked route names, for its escort (no ledger permission needed). */
	VehicleRow vehicleOfRoute(long id) {
		return jdbc.sql(VEHICLES + " where t.id = :id")
			.param("id", id)
			.query((rs, n) -> vehicle(rs, new HashMap<>(), today()))
			.optional()
			.orElseThrow(() -> new NotFound("vehicle", id));
	}

	/** One driver in scope (404 outside it). */
	@Transactional(readOnly = true)
	public DriverRow driver(long id) {
		CurrentUser caller = reader();
		DriverRow row = driverOfRoute(id, caller.seesStaffNames());
		BusScope.require(caller, "driver", id, row.schoolId(), regionOf(row.schoolId()));
		return row;
	}

	/** A driver a checked route names, for its escort (no ledger permission needed). */
	DriverRow driverOfRoute(long id, boolean withName) {
		return jdbc.sql(DRIVERS + " where t.id = :id")
			.param("id", id)
			.query((rs, n) -> driver(rs, new HashMap<>(), today(), withName))
			.optional()
			.orElseThrow(() -> new NotFound("driver", id));
	}

	/** May the caller register buses, drivers and escorts for its school? */
	@Transactional(readOnly = true)
	public boolean mayManage() {
		CurrentUser caller = Callers.current();
		return caller.can(SchoolBusPermissions.MANAGE) && caller.atOneSchool();
	}

	/** The school's staff who may be named escorts, by name. */
	@Transactional(readOnly = true)
	public List<SchoolColleague> staffOf(long schoolId) {
		managedSchool(schoolId);
		return colleagues.of(schoolId);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The school's region, if the caller manages the school's buses (403 otherwise). */
	String managedSchool(long schoolId) {
		CurrentUser caller = Callers.current().require(SchoolBusPermissions.MANAGE);
		if (!BusScope.ownSchool(caller, schoolId)) {
			throw new AccessDenied("a school registers its own buses");
		}
		return caller.scope().schoolRegion();
	}

	private CurrentUser reader() {
		CurrentUser caller = Callers.current();
		if (!caller.can(SchoolBusPermissions.READ)) {
			throw new AccessDenied("missing permission " + SchoolBusPermissions.READ);
		}
		return caller;
	}

	private String regionOf(long schoolId) {
		return org.findSchool(schoolId).map(s -> s.regionCode()).orElse(null);
	}

	String schoolName(Map<Long, String> names, long schoolId) {
		return names.computeIfAbsent(schoolId, id -> org.findSchool(id).map(s -> s.name()).orElse(""));
	}

	private VehicleRow vehicle(java.sql.ResultSet rs, Map<Long, String> names, LocalDate today)
			throws java.sql.SQLException {
		LocalDate permit = rs.getObject(8, LocalDate.class);
		LocalDate inspection = rs.getObject(9, LocalDate.class);
		LocalDate insurance = rs.getObject(11, LocalDate.class);
		boolean equipment = rs.getBoolean(12);
		return new VehicleRow(rs.getLong(1), rs.getLong(2), schoolName(names, rs.getLong(2)), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), permit, inspection, rs.getString(10),
				insurance, equipment, new VehicleDates(permit, inspection, insurance, equipment).problems(today));
	}

	private DriverRow driver(java.sql.ResultSet rs, Map<Long, String> names, LocalDate today, boolean withName)
			throws java.sql.SQLException {
		DriverConditions conditions = new DriverConditions(rs.getObject(5, LocalDate.class),
				rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getBoolean(8), rs.getBoolean(9),
				rs.getBoolean(10), rs.getBoolean(11), rs.getBoolean(12), rs.getObject(13, LocalDate.class));
		return new DriverRow(rs.getLong(1), rs.getLong(2), schoolName(names, rs.getLong(2)),
				withName ? rs.getString(3) : "", rs.getString(4), conditions.age(today), conditions.licenceExpires(),
				conditions.reviewDue(), conditions.problems(today), withName ? rs.getString(14) : "",
				withName ? conditions.birthDate() : null, conditions.licensedSince(), conditions.fullPoints(),
				conditions.seriousAccident(), conditions.drinkDriving(), conditions.criminalRecord(),
				conditions.healthFit(), rs.getObject(15, LocalDate.class));
	}

}
