package cn.xiaoan.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.SchoolCalendar;

import org.springframework.stereotype.Component;

/**
 * The running school year at a region (its 校历 from policy): a list signed before its
 * start is signed again.
 */
@Component
class SchoolYears {

	private final PolicyManagement policy;

	private final Clock clock;

	SchoolYears(PolicyManagement policy, Clock clock) {
		this.policy = policy;
		this.clock = clock;
	}

	OffsetDateTime start(String regionCode) {
		LocalDate start = year(regionCode).start();
		return start.atStartOfDay(clock.getZone()).toOffsetDateTime();
	}

	String label(String regionCode) {
		return year(regionCode).label();
	}

	private SchoolCalendar.SchoolYear year(String regionCode) {
		return SchoolCalendar.at(policy.snapshot(), regionCode).schoolYearOf(LocalDate.now(clock));
	}

}
