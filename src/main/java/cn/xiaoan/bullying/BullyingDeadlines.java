package cn.xiaoan.bullying;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;

import org.springframework.stereotype.Component;

/**
 * The deadlines of a case from the policy in force at its school's region: the decision
 * (days from the report), the appeal window (days from the family being informed), the
 * county's answer (days from the appeal) and the follow-up visits (days from the final
 * decision). Today is Beijing's.
 */
@Component
class BullyingDeadlines {

	private final PolicyManagement policy;

	private final Clock clock;

	BullyingDeadlines(PolicyManagement policy, Clock clock) {
		this.policy = policy;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(BullyingAccess.BEIJING));
	}

	LocalDate decisionDue(String region, LocalDate openedOn) {
		return openedOn.plusDays(days(PolicySetting.BULLYING_DECISION_DAYS, region));
	}

	LocalDate appealUntil(String region, LocalDate informedOn) {
		return informedOn.plusDays(days(PolicySetting.BULLYING_APPEAL_DAYS, region));
	}

	LocalDate answerDue(String region, LocalDate filedOn) {
		return filedOn.plusDays(days(PolicySetting.BULLYING_REVIEW_DAYS, region));
	}

	List<LocalDate> followUps(String region, LocalDate from) {
		return List
			.of(PolicySetting.BULLYING_FOLLOW_UP_FIRST_DAYS, PolicySetting.BULLYING_FOLLOW_UP_SECOND_DAYS,
					PolicySetting.BULLYING_FOLLOW_UP_THIRD_DAYS)
			.stream()
			.map(s -> from.plusDays(days(s, region)))
			.toList();
	}

	private int days(PolicySetting setting, String region) {
		return policy.effective(setting, region).asInt();
	}

}
