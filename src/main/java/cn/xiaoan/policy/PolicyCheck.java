package cn.xiaoan.policy;

import java.util.Map;
import java.util.Optional;

import cn.xiaoan.shared.BusinessRuleViolation;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Checks a change of one setting against the ordering rules ({@link PolicyConstraints})
 * with the values that would be in force afterwards: at the region itself and at every
 * region below it that keeps a value of its own. A change that would make a lower
 * region's existing override contradict is refused, naming that region, rather than
 * silently overriding or deleting the lower bureau's decision: the two bureaus must agree
 * on the order in which they change their values.
 */
final class PolicyCheck {

	private final Map<String, String> regionNames;

	PolicyCheck(Map<String, String> regionNames) {
		this.regionNames = regionNames;
	}

	/**
	 * Refuses the change if a rule would break; {@code restoring} words the message for a
	 * restore.
	 */
	void check(PolicySnapshot before, PolicySnapshot after, PolicySetting setting, String region, boolean restoring) {
		for (String at : after.regionAndOverridesBelow(region)) {
			EffectiveValue changed = after.effective(setting, at);
			if (!at.equals(region) && changed.value().equals(before.effective(setting, at).value())) {
				continue; // the region below keeps its own value of this setting
			}
			Optional<Object> problem = PolicyConstraints.rulesOf(setting)
				.stream()
				.filter(rule -> !rule.holds(after.effective(rule.first(), at).value(),
						after.effective(rule.second(), at).value()))
				.findFirst()
				.map(rule -> message(rule, setting, after.effective(rule.other(setting), at), region));
			if (problem.isPresent()) {
				throw restoring
						? new BusinessRuleViolation("value", "policy.restore.conflict", changed.value(), problem.get())
						: violation(problem.get());
			}
		}
	}

	private static BusinessRuleViolation violation(Object problem) {
		DefaultMessageSourceResolvable message = (DefaultMessageSourceResolvable) problem;
		return new BusinessRuleViolation("value", message.getCode(), message.getArguments());
	}

	/**
	 * "须大于「LEC：…（橙）」的执行值 400（藤县已调整此项…）": the other setting, its value and where it comes
	 * from.
	 */
	private Object message(PolicyConstraints.Rule rule, PolicySetting setting, EffectiveValue other, String region) {
		Object source;
		if (other.national()) {
			source = resolvable("policy.national");
		}
		else if (other.sourceRegion().equals(region)
				|| !cn.xiaoan.shared.RegionCode.of(region).contains(other.sourceRegion())) {
			source = resolvable("policy.source.region", name(other.sourceRegion()));
		}
		else {
			source = resolvable("policy.source.below", name(other.sourceRegion()));
		}
		return resolvable(rule.messageKey(setting), resolvable(other.setting().messageKey()), other.value(), source);
	}

	private String name(String code) {
		return regionNames.getOrDefault(code, code);
	}

	private static DefaultMessageSourceResolvable resolvable(String code, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { code }, args);
	}

}
