package cn.xiaoan.schoolbus;

import java.time.LocalDate;
import java.util.List;

/**
 * A run as its reader may see it: the riders by name for the escort and the school's
 * leaders, only a head teacher's own class for a head teacher; counts always.
 */
public record RunView(long id, long routeId, String routeName, long schoolId, LocalDate runDate, String plate,
		int seats, RunStatus status, int expected, int boarded, int missing, List<Rider> riders, boolean mayCheck) {

}
