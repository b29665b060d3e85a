package cn.xiaoan.security;

import java.util.List;

import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "三个100%" of every school of a region in one pass (one grouped read of guards and
 * facilities, as the staffing page evaluates them), for modules that score schools
 * (assessment, 督导考核). A status of today: guards and facilities keep no history.
 */
@Service
@Transactional(readOnly = true)
public class HundredPercentBySchool {

	private final SecurityManagement security;

	HundredPercentBySchool(SecurityManagement security) {
		this.security = security;
	}

	/** Every school under {@code regionPrefix}, which the caller's scope must cover. */
	public List<SchoolHundredPercent> of(String regionPrefix) {
		DataScope scope = Callers.current().require(Permission.SECURITY_READ).scope();
		if (!scope.coversRegion(regionPrefix)) {
			throw new AccessDenied("the region lies outside the caller's scope");
		}
		String region = regionPrefix.length() >= 2 ? RegionCode.fromPrefix(regionPrefix).value() : null;
		return security.statuses(new SchoolQuery("", null, region, 0, 200, "code"), false, "region")
			.stream()
			.filter(s -> s.school().regionCode().startsWith(regionPrefix))
			.map(s -> new SchoolHundredPercent(s.school().id(), s.hundredPercentMet().size(),
					HundredPercent.values().length))
			.toList();
	}

}
