package cn.xiaoan.schoolbus;

import java.time.LocalTime;

/**
 * A route as the ledger lists it: counts, no student names; driver and escort names blank
 * for partners.
 */
public record RouteRow(long id, long schoolId, String schoolName, String name, String stops, LocalTime departsAt,
		Long vehicleId, String plate, int seats, Long driverId, String driverName, Long escortId, String escortName,
		int students) {

}
