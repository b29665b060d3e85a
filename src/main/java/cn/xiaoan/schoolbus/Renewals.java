package cn.xiaoan.schoolbus;

import java.util.Map;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.EntityChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What keeps the ledger current after registration: a vehicle's renewed sign, inspection
 * or insurance, and a driver's yearly review of the statutory conditions. The school's
 * own vehicles and drivers only; the plate and the licence number, by which the ledger
 * and its import know them, stay.
 */
@Service
@Transactional
public class Renewals {

	private final JdbcClient jdbc;

	private final Fleet fleet;

	private final ApplicationEventPublisher events;

	Renewals(JdbcClient jdbc, Fleet fleet, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.fleet = fleet;
		this.events = events;
	}

	/**
	 * Records a vehicle's renewed dates and details (a new inspection, a renewed policy
	 * or sign): the caller's own school's vehicle, found by id; the plate stays.
	 */
	public void updateVehicle(long id, RegisterVehicle command) {
		VehicleRow before = fleet.vehicle(id);
		String region = fleet.managedSchool(before.schoolId());
		if (command.schoolId() != before.schoolId() || !command.plate().equals(before.plate())) {
			throw new BusinessRuleViolation("plate", "schoolbus.vehicle.plate.fixed");
		}
		jdbc.sql("""
				update schoolbus.vehicle set operator = :op, model = :model, seats = :seats, permit_no = :pn,
				    permit_expires = :pe, inspection_due = :inspection, insurance_no = :ins, insurance_expires = :ie,
				    equipment_ok = :eq where id = :id""")
			.param("op", command.operator())
			.param("model", command.model())
			.param("seats", command.seats())
			.param("pn", command.permitNo())
			.param("pe", command.permitExpires())
			.param("inspection", command.inspectionDue())
			.param("ins", command.insuranceNo())
			.param("ie", command.insuranceExpires())
			.param("eq", command.equipmentOk())
			.param("id", id)
			.update();
		events.publishEvent(EntityChanged.updated("schoolbus_vehicle", id, region, before.schoolId(),
				Map.of("seats", before.seats(), "inspectionDue", String.valueOf(before.inspectionDue())),
				Map.of("seats", command.seats(), "inspectionDue", String.valueOf(command.inspectionDue()))));
	}

	/**
	 * Records a driver's yearly review (or corrected details): the conditions as checked
	 * on {@code reviewedOn}, the next review a year later. The licence number stays.
	 */
	public void reviewDriver(long id, RegisterDriver command) {
		DriverRow before = fleet.driver(id);
		String region = fleet.managedSchool(before.schoolId());
		if (command.schoolId() != before.schoolId() || !command.licenceNo().equals(before.licenceNo())) {
			throw new BusinessRuleViolation("licenceNo", "schoolbus.driver.licence.fixed");
		}
		if (command.reviewedOn().isAfter(fleet.today()) || !command.birthDate().isBefore(command.licensedSince())) {
			throw new BusinessRuleViolation("reviewedOn", "schoolbus.driver.dates.invalid");
		}
		jdbc.sql("""
				update schoolbus.driver set name = :name, birth_date = :birth, licence_class = :cls,
				    licensed_since = :since, licence_expires = :expires, full_points = :points,
				    serious_accident = :accident, drink_driving = :drink, criminal_record = :criminal,
				    health_fit = :health, reviewed_on = :reviewed, review_due = :due where id = :id""")
			.param("name", command.name())
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
			.param("id", id)
			.update();
		events.publishEvent(EntityChanged.updated("schoolbus_driver", id, region, before.schoolId(),
				Map.of("eligible", before.eligible()),
				Map.of("eligible", command.conditions().problems(fleet.today()).isEmpty())));
	}

}
