package cn.xiaoan.bullying;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sits on a school's 学生欺凌治理委员会 (the principal chairs it and names the other members
 * among the school's staff accounts) and on a county's bullying office (the county's
 * administrator names bureau accounts of the county). Named by user name, found through
 * the platform's account directory.
 */
@Service
@Transactional
public class BullyingCommittees {

	private final JdbcClient jdbc;

	private final UserDetailsService directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BullyingCommittees(JdbcClient jdbc, UserDetailsService directory, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/** The named members of the principal's school (the principal chairs, unlisted). */
	@Transactional(readOnly = true)
	public List<Member> committee() {
		long school = principalSchool(Callers.current());
		return jdbc.sql("""
				select account_id, username, display_name, named_by, named_at from bullying.committee_member
				where school_id = :s order by display_name""").param("s", school).query(Member.class).list();
	}

	public void nameToCommittee(String username) {
		CurrentUser caller = Callers.current();
		long school = principalSchool(caller);
		CurrentUser account = account(username);
		if (account.role().kind() != Role.Kind.SCHOOL || !account.atOneSchool() || account.scope().schoolId() != school
				|| account.role() == Role.PRINCIPAL) {
			throw new BusinessRuleViolation("username", "bullying.member.notStaff");
		}
		name("committee_member", "school_id", school, account, caller);
		changed("bullying_committee", account.accountId(), caller, "CREATE", account.displayName());
	}

	/**
	 * Adds a member to a membership table ({@code unitColumn} the school or the county).
	 */
	private void name(String table, String unitColumn, Object unit, CurrentUser account, CurrentUser caller) {
		jdbc.sql("insert into bullying." + table + " (" + unitColumn
				+ ", account_id, username, display_name, named_by, named_at)"
				+ " values (:unit, :a, :u, :d, :by, :at) on conflict do nothing")
			.param("unit", unit)
			.param("a", account.accountId())
			.param("u", account.username())
			.param("d", account.displayName())
			.param("by", caller.displayName())
			.param("at", OffsetDateTime.now(clock))
			.update();
	}

	public void removeFromCommittee(long accountId) {
		CurrentUser caller = Callers.current();
		long school = principalSchool(caller);
		String name = jdbc.sql(
				"delete from bullying.committee_member where school_id = :s and account_id = :a returning display_name")
			.param("s", school)
			.param("a", accountId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFound("committee member", accountId));
		changed("bullying_committee", accountId, caller, "DELETE", name);
	}

	/** The named members of the county administrator's office. */
	@Transactional(readOnly = true)
	public List<Member> office() {
		String county = adminCounty(Callers.current());
		return jdbc.sql("""
				select account_id, username, display_name, named_by, named_at from bullying.office_member
				where county_code = :c order by display_name""").param("c", county).query(Member.class).list();
	}

	public void nameToOffice(String username) {
		CurrentUser caller = Callers.current();
		String county = adminCounty(caller);
		CurrentUser account = account(username);
		if (account.role().kind() != Role.Kind.BUREAU || account.role().isPartner()
				|| !county.equals(account.scope().homeRegion())) {
			throw new BusinessRuleViolation("username", "bullying.member.notCounty");
		}
		name("office_member", "county_code", county, account, caller);
		changed("bullying_office", account.accountId(), caller, "CREATE", account.displayName());
	}

	public void removeFromOffice(long accountId) {
		CurrentUser caller = Callers.current();
		String county = adminCounty(caller);
		String name = jdbc
			.sql("delete from bullying.office_member where county_code = :c and account_id = :a returning display_name")
			.param("c", county)
			.param("a", accountId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFound("office member", accountId));
		changed("bullying_office", accountId, caller, "DELETE", name);
	}

	private CurrentUser account(String username) {
		try {
			UserDetails details = directory.loadUserByUsername(username == null ? "" : username.trim());
			if (details instanceof cn.xiaoan.shared.Callers.CurrentUserHolder holder && details.isEnabled()) {
				return holder.currentUser();
			}
		}
		catch (UsernameNotFoundException ex) {
			// answered below
		}
		throw new BusinessRuleViolation("username", "bullying.member.unknown");
	}

	static long principalSchool(CurrentUser caller) {
		caller.require(BullyingPermissions.BULLYING_NAME);
		if (caller.role() != Role.PRINCIPAL || !caller.atOneSchool() || caller.scope().schoolId() == null) {
			throw new AccessDenied("the principal names the committee");
		}
		return caller.scope().schoolId();
	}

	/** A county bureau's administrator: scope exactly one county. */
	static String adminCounty(CurrentUser caller) {
		caller.require(BullyingPermissions.BULLYING_NAME);
		DataScope scope = caller.scope();
		if (caller.role() != Role.BUREAU_ADMIN || scope.kind() != DataScope.Kind.REGION
				|| scope.regionPrefix().length() != 6) {
			throw new AccessDenied("the county's administrator names the office");
		}
		return scope.regionPrefix();
	}

	private void changed(String type, long accountId, CurrentUser caller, String action, String name) {
		Map<String, Object> who = Map.of("member", name);
		events.publishEvent(new EntityChanged(type, String.valueOf(accountId), action, caller.scope().homeRegion(),
				caller.scope().schoolId(), action.equals("DELETE") ? who : Map.of(),
				action.equals("DELETE") ? Map.of() : who));
	}

}
