package cn.xiaoan.warning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.RegionCode;

import org.springframework.stereotype.Component;

/**
 * What a new warning must satisfy and whom it reaches: its actions and validity, the
 * target region inside the issuer's scope, the schools chosen, and how long they have to
 * acknowledge before they are chased.
 */
@Component
class WarningIssueRules {

	private final OrgManagement org;

	private final PolicyManagement policy;

	WarningIssueRules(OrgManagement org, PolicyManagement policy) {
		this.org = org;
		this.policy = policy;
	}

	static void check(List<String> actions, Instant until, Instant now) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (actions.isEmpty()) {
			errors.put("actions", "warning.actions.required");
		}
		else if (actions.size() > IssueWarning.MAX_ACTIONS) {
			errors.put("actions", "warning.actions.tooMany");
		}
		else if (actions.stream().anyMatch(a -> a.length() > 200)) {
			errors.put("actions", "warning.actions.tooLong");
		}
		if (!until.isAfter(now)) {
			errors.put("validUntil", "warning.validUntil.past");
		}
		else if (until.isAfter(now.plus(java.time.Duration.ofDays(366)))) {
			errors.put("validUntil", "warning.validUntil.tooFar");
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors);
		}
	}

	/** The region the warning goes to: the caller's own, or one inside it. */
	String targetPrefix(CurrentUser caller, String regionCode) {
		String own = caller.scope().sqlRegionPrefix();
		if (regionCode == null || regionCode.isBlank()) {
			return own;
		}
		if (!RegionCode.isValid(regionCode) || !caller.scope().coversRegion(regionCode)) {
			throw new BusinessRuleViolation("regionCode", "warning.region.outside");
		}
		return RegionCode.of(regionCode).prefix();
	}

	List<SchoolSummary> schools(IssueWarning command, String target) {
		SchoolQuery query = new SchoolQuery("", null, target.isEmpty() ? null : WarningManagement.regionOf(target), 0,
				200, "code");
		List<SchoolSummary> all = org.schoolsInScope(query);
		Set<Long> chosen = Set.copyOf(command.schoolIds());
		List<SchoolSummary> reached = new ArrayList<>();
		for (SchoolSummary s : all) {
			boolean typeOk = command.schoolTypes().isEmpty() || command.schoolTypes().contains(s.type());
			boolean chosenOk = chosen.isEmpty() || chosen.contains(s.id());
			if (typeOk && chosenOk && s.regionCode().startsWith(target)) {
				reached.add(s);
			}
		}
		if (!chosen.isEmpty() && reached.stream().map(SchoolSummary::id).distinct().count() < chosen.size()) {
			throw new BusinessRuleViolation("schoolIds", "warning.schools.outside");
		}
		return reached;
	}

	int chaseAfterMinutes(String issuerPrefix, WarningLevel level) {
		PolicySetting setting = level.urgent() ? PolicySetting.WARNING_CHASE_URGENT_MINUTES
				: PolicySetting.WARNING_CHASE_MINUTES;
		if (issuerPrefix.isEmpty()) {
			return Integer.parseInt(setting.nationalDefault());
		}
		return policy.effective(setting, WarningManagement.regionOf(issuerPrefix)).asInt();
	}

}
