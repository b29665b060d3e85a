package cn.xiaoan.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;

/** Names of the regions and schools accounts are scoped to, so no code reaches a page. */
record ScopeLabels(Map<String, String> regions, Map<Long, String> schools) {

	static ScopeLabels of(OrgManagement org, List<AccountView> accounts) {
		Map<Long, String> schools = new HashMap<>();
		accounts.stream()
			.map(AccountView::schoolId)
			.filter(Objects::nonNull)
			.distinct()
			.forEach(id -> schools.put(id, org.findSchool(id).map(SchoolSummary::name).orElse("")));
		return new ScopeLabels(org.regionNames(), schools);
	}

	String region(String code) {
		return code == null ? "" : regions.getOrDefault(code, code);
	}

	String school(Long id) {
		return id == null ? "" : schools.getOrDefault(id, "");
	}

	/** The school if there is one, else the region. */
	String of(AccountView account) {
		return account.schoolId() != null ? school(account.schoolId()) : region(account.regionCode());
	}

}
