package cn.xiaoan.bullying;

import java.time.ZoneId;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see a case (ADR 0036): the committee of its school — the principal, who chairs
 * it, and the members the principal named — and the bullying office of its county — the
 * bureau accounts the county's administrator named. Anyone else, the same school's other
 * staff included, is told the case does not exist (404).
 */
@Component
class BullyingAccess {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private static final String REF = """
			select id, school_id, region_code, school_name, state, opened_at, decision_due, decided_at is not null
			from bullying.bullying_case""";

	private final JdbcClient jdbc;

	BullyingAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The case, if the caller sits on its committee or its county's office. */
	CaseRef visible(CurrentUser caller, long id) {
		CaseRef ref = find(id);
		if (!onCommittee(caller, ref.schoolId()) && !inOffice(caller, ref.regionCode())) {
			throw new NotFound("bullying case", id);
		}
		return ref;
	}

	CaseRef find(long id) {
		return jdbc.sql(REF + " where id = :id")
			.param("id", id)
			.query((rs, n) -> new CaseRef(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					CaseState.valueOf(rs.getString(5)),
					rs.getObject(6, java.time.OffsetDateTime.class).atZoneSameInstant(BEIJING).toLocalDate(),
					rs.getObject(7, java.time.LocalDate.class), rs.getBoolean(8)))
			.optional()
			.orElseThrow(() -> new NotFound("bullying case", id));
	}

	/** Visible, and the caller is of the school's committee (its writes). */
	CaseRef committeeCase(CurrentUser caller, long id) {
		CaseRef ref = visible(caller, id);
		if (!onCommittee(caller, ref.schoolId())) {
			throw new AccessDenied("the school's committee investigates and decides");
		}
		return ref;
	}

	/** Visible, and the caller is of the county's office (appeals and reviews). */
	CaseRef officeCase(CurrentUser caller, long id) {
		CaseRef ref = visible(caller, id);
		if (!inOffice(caller, ref.regionCode())) {
			throw new AccessDenied("appeals are the county office's");
		}
		return ref;
	}

	/** The principal of the school, or a member the principal named. */
	boolean onCommittee(CurrentUser caller, long schoolId) {
		DataScope scope = caller.scope();
		if (caller.role().kind() != Role.Kind.SCHOOL || scope.kind() != DataScope.Kind.SCHOOL
				|| scope.schoolId() == null || scope.schoolId() != schoolId
				|| !caller.can(BullyingPermissions.BULLYING_HANDLE)) {
			return false;
		}
		return caller.role() == Role.PRINCIPAL || jdbc.sql("""
				select exists (select 1 from bullying.committee_member where school_id = :s and account_id = :a)""")
			.param("s", schoolId)
			.param("a", caller.accountId())
			.query(Boolean.class)
			.single();
	}

	/** A named member of the office of the county the region lies in. */
	boolean inOffice(CurrentUser caller, String regionCode) {
		if (caller.role().kind() != Role.Kind.BUREAU || caller.role().isPartner()
				|| !caller.can(BullyingPermissions.BULLYING_HANDLE) || regionCode == null || regionCode.length() < 6
				|| !caller.scope().coversRegion(regionCode)) {
			return false;
		}
		return jdbc.sql("""
				select exists (select 1 from bullying.office_member where county_code = :c and account_id = :a)""")
			.param("c", regionCode.substring(0, 6))
			.param("a", caller.accountId())
			.query(Boolean.class)
			.single();
	}

	/** The county whose office the caller sits on, if any. */
	java.util.Optional<String> officeCounty(CurrentUser caller) {
		if (caller.role().kind() != Role.Kind.BUREAU || caller.role().isPartner()) {
			return java.util.Optional.empty();
		}
		return jdbc.sql("select county_code from bullying.office_member where account_id = :a order by county_code")
			.param("a", caller.accountId())
			.query(String.class)
			.list()
			.stream()
			.filter(c -> caller.scope().coversRegion(c))
			.findFirst();
	}

}
