package cn.xiaoan.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.BusinessRuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bounds of a rectification deadline someone sets (grading, the 五落实 plan, 挂牌督办): not
 * in the past, and not later than the day the hazard was found plus the policy's longest
 * deadline for its grade. A deadline of 9999-12-31 would never come due, so the hazard
 * would never escalate. Callers have loaded the hazard within the caller's scope.
 */
@Component
class DeadlineBounds {

	private final JdbcClient jdbc;

	private final PolicyManagement policy;

	private final Clock clock;

	DeadlineBounds(JdbcClient jdbc, PolicyManagement policy, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
	}

	/**
	 * Refuses the deadline as a field error on {@code deadline}; an ungraded hazard gets
	 * the major bound.
	 */
	void check(long hazardId, String regionCode, HazardGrade grade, LocalDate deadline) {
		if (deadline == null) {
			throw new BusinessRuleViolation("deadline", "hazard.deadline.past");
		}
		PolicySetting longest = grade == HazardGrade.GENERAL ? PolicySetting.HAZARD_GENERAL_DEADLINE_MAX_DAYS
				: PolicySetting.HAZARD_MAJOR_DEADLINE_MAX_DAYS;
		int days = policy.effective(longest, regionCode).asInt();
		LocalDate found = jdbc.sql("select found_at from hazard.hazard where id = :id")
			.param("id", hazardId)
			.query(OffsetDateTime.class)
			.single()
			.atZoneSameInstant(ZoneId.systemDefault())
			.toLocalDate();
		check(deadline, LocalDate.now(clock), found, days);
	}

	/**
	 * The rule itself, for a hazard found on {@code found} whose grade allows
	 * {@code days} at most (also replayed by {@link HazardReplay}).
	 */
	static void check(LocalDate deadline, LocalDate today, LocalDate found, int days) {
		if (deadline == null || deadline.isBefore(today)) {
			throw new BusinessRuleViolation("deadline", "hazard.deadline.past");
		}
		LocalDate latest = found.plusDays(days);
		if (deadline.isAfter(latest)) {
			throw new BusinessRuleViolation("deadline", "hazard.deadline.toolate", latest.toString(), days);
		}
	}

}
