package cn.xiaoan.schoolbus;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.people.SchoolColleague;
import cn.xiaoan.people.SchoolColleagues;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.ExcelTable;
import cn.xiaoan.shared.ImportProblem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a school's part of the ledger from the workbook the export writes (or its
 * template): vehicles by plate, drivers by licence number, escorts by the staff member's
 * name. All rows or none: every bad cell is reported with its row and column, and a row
 * already in the ledger is updated, not duplicated. A school imports for itself only, as
 * it registers its buses by the form; a row naming another school, or a plate or licence
 * another school registered, is the row's problem. A driver who fails a statutory
 * condition (age, experience, record, health) is refused with the reason: the ledger
 * lists drivers a school means to put on its buses.
 */
@Service
class LedgerImport {

	static final int MAX_ROWS = 2_000;

	private final JdbcClient jdbc;

	private final Fleet fleet;

	private final Renewals renewals;

	private final OrgManagement org;

	private final SchoolColleagues colleagues;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	LedgerImport(JdbcClient jdbc, Fleet fleet, Renewals renewals, OrgManagement org, SchoolColleagues colleagues,
			ApplicationEventPublisher events, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.fleet = fleet;
		this.renewals = renewals;
		this.org = org;
		this.colleagues = colleagues;
		this.events = events;
		this.tx = tx;
	}

	/** How many rows were written (created or updated), or why none was. */
	public record Result(int created, int updated, List<ImportProblem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}

		public int imported() {
			return created + updated;
		}

	}

	/** The caller's school, if the caller manages its buses (403 otherwise). */
	long school() {
		CurrentUser caller = Callers.current().require(SchoolBusPermissions.MANAGE);
		if (!caller.atOneSchool()) {
			throw new AccessDenied("a school imports its own buses");
		}
		fleet.managedSchool(caller.scope().schoolId());
		return caller.scope().schoolId();
	}

	Result vehicles(InputStream in) {
		long school = school();
		String region = fleet.managedSchool(school);
		String schoolName = schoolName(school);
		Map<String, Integer> plates = new HashMap<>();
		List<RegisterVehicle> rows = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>(
				ExcelTable.read(in, LedgerSheets.VEHICLE_REQUIRED, MAX_ROWS, row -> {
					int before = row.problemCount();
					ownSchool(row, schoolName);
					String plate = row.required(LedgerSheets.PLATE, 20);
					if (plate != null) {
						plate = plate.toUpperCase(Locale.ROOT);
						if (plates.putIfAbsent(plate, row.rowNumber()) != null) {
							row.problem(LedgerSheets.PLATE, "import.value.duplicate", plate);
						}
					}
					String operator = row.required(LedgerSheets.OPERATOR, 100);
					String model = row.optional(LedgerSheets.MODEL, 50);
					Integer seats = row.text(LedgerSheets.SEATS).isEmpty() ? null
							: row.integer(LedgerSheets.SEATS, 1, 80);
					String permitNo = row.optional(LedgerSheets.PERMIT_NO, 50);
					LocalDate permitExpires = LedgerSheets.date(row, LedgerSheets.PERMIT_EXPIRES, false);
					LocalDate inspection = LedgerSheets.date(row, LedgerSheets.INSPECTION, true);
					String insuranceNo = row.optional(LedgerSheets.INSURANCE_NO, 50);
					LocalDate insurance = LedgerSheets.date(row, LedgerSheets.INSURANCE_EXPIRES, true);
					Boolean equipment = row.yesNo(LedgerSheets.EQUIPMENT);
					if (row.problemCount() == before) {
						rows.add(new RegisterVehicle(school, plate, operator, model, seats, permitNo, permitExpires,
								inspection, insuranceNo, insurance, equipment));
					}
				}));
		Map<String, Long> own = new HashMap<>();
		if (!plates.isEmpty()) {
			jdbc.sql("select plate, school_id, id from schoolbus.vehicle where plate = any(:p)")
				.param("p", plates.keySet().toArray(String[]::new))
				.query(rs -> {
					if (rs.getLong(2) == school) {
						own.put(rs.getString(1), rs.getLong(3));
					}
					else {
						problems.add(new ImportProblem(plates.get(rs.getString(1)),
								column(LedgerSheets.VEHICLE_HEADERS, LedgerSheets.PLATE),
								"schoolbus.import.plate.elsewhere", rs.getString(1)));
					}
				});
		}
		if (!problems.isEmpty()) {
			return new Result(0, 0, ImportProblem.bounded(problems));
		}
		return tx.execute(status -> {
			int created = 0;
			for (RegisterVehicle v : rows) {
				Long id = own.get(v.plate());
				if (id == null) {
					fleet.registerVehicle(v);
					created++;
				}
				else {
					renewals.updateVehicle(id, v);
				}
			}
			events.publishEvent(new EntityChanged("schoolbus_vehicle", "import", "IMPORT", region, school, Map.of(),
					Map.of("created", created, "updated", rows.size() - created)));
			return new Result(created, rows.size() - created, List.of());
		});
	}

	Result drivers(InputStream in) {
		long school = school();
		String region = fleet.managedSchool(school);
		String schoolName = schoolName(school);
		LocalDate today = fleet.today();
		Map<String, Integer> licences = new HashMap<>();
		List<RegisterDriver> rows = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>(ExcelTable.read(in, LedgerSheets.DRIVER_REQUIRED, MAX_ROWS,
				java.util.Set.of(LedgerSheets.LICENCE_NO), row -> {
					RegisterDriver driver = DriverImportChecks.driver(row, schoolName, school, today, licences);
					if (driver != null) {
						rows.add(driver);
					}
				}));
		Map<String, Long> own = new HashMap<>();
		if (!licences.isEmpty()) {
			jdbc.sql("select licence_no, school_id, id from schoolbus.driver where licence_no = any(:n)")
				.param("n", licences.keySet().toArray(String[]::new))
				.query(rs -> {
					if (rs.getLong(2) == school) {
						own.put(rs.getString(1), rs.getLong(3));
					}
					else {
						problems.add(new ImportProblem(licences.get(rs.getString(1)),
								column(LedgerSheets.DRIVER_HEADERS, LedgerSheets.LICENCE_NO),
								"schoolbus.import.licence.elsewhere", ImportProblem.masked(rs.getString(1))));
					}
				});
		}
		if (!problems.isEmpty()) {
			return new Result(0, 0, ImportProblem.bounded(problems));
		}
		return tx.execute(status -> {
			int created = 0;
			for (RegisterDriver d : rows) {
				Long id = own.get(d.licenceNo());
				if (id == null) {
					fleet.registerDriver(d);
					created++;
				}
				else {
					renewals.reviewDriver(id, d);
				}
			}
			events.publishEvent(new EntityChanged("schoolbus_driver", "import", "IMPORT", region, school, Map.of(),
					Map.of("created", created, "updated", rows.size() - created)));
			return new Result(created, rows.size() - created, List.of());
		});
	}

	Result escorts(InputStream in) {
		long school = school();
		String region = fleet.managedSchool(school);
		String schoolName = schoolName(school);
		Map<String, List<SchoolColleague>> byName = new HashMap<>();
		for (SchoolColleague c : colleagues.of(school)) {
			byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c);
		}
		Map<Long, Integer> staff = new HashMap<>();
		List<ImportProblem> problems = new ArrayList<>(
				ExcelTable.read(in, LedgerSheets.ESCORT_REQUIRED, MAX_ROWS, row -> {
					ownSchool(row, schoolName);
					String name = row.required(LedgerSheets.NAME, 50);
					if (name == null) {
						return;
					}
					List<SchoolColleague> found = byName.getOrDefault(name, List.of());
					if (found.isEmpty()) {
						row.problem(LedgerSheets.NAME, "schoolbus.import.escort.unknown", name);
					}
					else if (found.size() > 1) {
						row.problem(LedgerSheets.NAME, "schoolbus.import.escort.ambiguous", name);
					}
					else if (staff.putIfAbsent(found.get(0).staffId(), row.rowNumber()) != null) {
						row.problem(LedgerSheets.NAME, "import.value.duplicate", name);
					}
				}));
		if (!problems.isEmpty()) {
			return new Result(0, 0, ImportProblem.bounded(problems));
		}
		java.util.Set<Long> already = new java.util.HashSet<>(
				jdbc.sql("select staff_id from schoolbus.escort where school_id = :s")
					.param("s", school)
					.query(Long.class)
					.list());
		return tx.execute(status -> {
			int created = 0;
			for (Long staffId : staff.keySet()) {
				if (!already.contains(staffId)) {
					fleet.nameEscort(school, staffId);
					created++;
				}
			}
			events.publishEvent(new EntityChanged("schoolbus_escort", "import", "IMPORT", region, school, Map.of(),
					Map.of("created", created, "updated", staff.size() - created)));
			return new Result(created, staff.size() - created, List.of());
		});
	}

	/** A row naming a school names the caller's own (blank is the caller's). */
	static void ownSchool(ExcelTable.RowValues row, String schoolName) {
		String named = row.text(LedgerSheets.SCHOOL);
		if (!named.isEmpty() && !named.equals(schoolName)) {
			row.problem(LedgerSheets.SCHOOL, "schoolbus.import.school.foreign", named);
		}
	}

	private String schoolName(long school) {
		return org.findSchool(school).map(s -> s.name()).orElse("");
	}

	/**
	 * "C 车牌号": the template's column letter and header, for problems found after reading.
	 */
	private static String column(List<String> headers, String header) {
		int index = headers.indexOf(header);
		return (index < 0 ? "" : String.valueOf((char) ('A' + index)) + " ") + header;
	}

}
