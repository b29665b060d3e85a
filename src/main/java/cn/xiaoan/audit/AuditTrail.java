package cn.xiaoan.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.xiaoan.people.LoginAttempted;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.PersonalDataRevealed;
import cn.xiaoan.shared.RegionCode;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit entries in the same transaction as the change they describe (a change is
 * never committed without its entry): who (account, name and role as they were then),
 * when, from where, what, and before/after without secrets.
 */
@Service
class AuditTrail {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	AuditTrail(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	private record Actor(Long accountId, String username, String displayName, String role) {

		static final Actor SYSTEM = new Actor(null, "system", "", "");

		static final Actor ANONYMOUS = new Actor(null, "", "", "");

	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(EntityChanged change) {
		CurrentUser caller = Callers.currentOrNull();
		insert(actor(caller), change.action(), change.entityType(), change.entityId(),
				regionOf(change.regionCode(), change.schoolId(), caller), change.schoolId(), change.before(),
				change.after());
	}

	/** A sign-out, by the form or the API; the session is gone, the event names who. */
	@EventListener
	@Transactional
	public void on(LogoutSuccessEvent signOut) {
		if (signOut.getAuthentication().getPrincipal() instanceof Callers.CurrentUserHolder holder) {
			CurrentUser user = holder.currentUser();
			insert(actor(user), "LOGOUT", "account", String.valueOf(user.accountId()),
					regionOf(null, user.scope().schoolId(), user), user.scope().schoolId(), Map.of(), Map.of());
		}
	}

	/**
	 * A reveal of masked personal data is recorded before the data leaves, in a
	 * transaction of its own: the reading transaction may be read-only, and the reveal
	 * counts even if that one fails later.
	 */
	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(PersonalDataRevealed reveal) {
		CurrentUser caller = Callers.currentOrNull();
		Map<String, Object> what = new LinkedHashMap<>();
		what.put("fields", reveal.fields());
		what.put("purpose", reveal.purpose() == null ? "" : reveal.purpose());
		insert(actor(caller), "REVEAL", reveal.entityType(), reveal.entityId(),
				regionOf(reveal.regionCode(), reveal.schoolId(), caller), reveal.schoolId(), Map.of(), what);
	}

	/**
	 * A request refused for the caller's role or scope (or for an id it may not know of),
	 * or several of them coalesced ({@code refusals} > 1).
	 */
	@Transactional
	void refused(CurrentUser caller, String address, String action, String method, String path, int status,
			int refusals) {
		Map<String, Object> what = new LinkedHashMap<>();
		what.put("method", method);
		what.put("path", path);
		what.put("httpStatus", status);
		if (refusals > 1) {
			what.put("refusals", refusals);
		}
		Long school = caller == null ? null : caller.scope().schoolId();
		insert(caller == null ? Actor.ANONYMOUS : actor(caller), address, action, "request", method + " " + path,
				regionOf(null, school, caller), school, Map.of(), what);
	}

	/** The caller verified the hash chain. */
	@Transactional
	void verified(boolean intact, String problem, Long entryId, long checked) {
		Map<String, Object> what = new LinkedHashMap<>();
		what.put("intact", intact);
		what.put("checked", checked);
		if (problem != null) {
			what.put("problem", problem);
			what.put("brokenEntry", entryId);
		}
		insert(actor(Callers.currentOrNull()), "VERIFY", "audit_chain", "chain", null, null, Map.of(), what);
	}

	private static Actor actor(CurrentUser caller) {
		return caller == null ? Actor.SYSTEM
				: new Actor(caller.accountId(), caller.username(), caller.displayName(), caller.role().name());
	}

	@EventListener
	@Transactional
	public void on(LoginAttempted attempt) {
		insert(new Actor(attempt.accountId(), attempt.username(), attempt.displayName(), attempt.role()),
				"LOGIN_" + attempt.outcome(), "account",
				attempt.accountId() == null ? attempt.username() : String.valueOf(attempt.accountId()),
				attempt.regionCode(), attempt.schoolId(), Map.of(), Map.of());
	}

	/**
	 * Some writes name only the school (or nothing): the entry then takes the region of
	 * the caller's school or the caller's own region, so the bureaus above still see it.
	 */
	private static String regionOf(String regionCode, Long schoolId, CurrentUser caller) {
		if (regionCode != null || caller == null) {
			return regionCode;
		}
		DataScope scope = caller.scope();
		return switch (scope.kind()) {
			case ALL -> null;
			case REGION -> RegionCode.fromPrefix(scope.regionPrefix()).value();
			case SCHOOL, SELF -> schoolId == null || schoolId.equals(scope.schoolId()) ? scope.schoolRegion() : null;
		};
	}

	private void insert(Actor actor, String action, String type, String id, String region, Long schoolId,
			Map<String, Object> before, Map<String, Object> after) {
		insert(actor, clientAddress(), action, type, id, region, schoolId, before, after);
	}

	private void insert(Actor actor, String address, String action, String type, String id, String region,
			Long schoolId, Map<String, Object> before, Map<String, Object> after) {
		jdbc.sql("""
				insert into audit.entry (account_id, username, display_name, role, ip, action, entity_type, entity_id,
				                         region_code, school_id, before, after)
				values (:a, :u, :name, :role, :ip, :action, :type, :id, :region, :school, cast(:before as jsonb),
				        cast(:after as jsonb))""")
			.param("a", actor.accountId())
			.param("u", truncate(actor.username(), 64))
			.param("name", truncate(actor.displayName(), 100))
			.param("role", actor.role())
			.param("ip", truncate(address, 64))
			.param("action", truncate(action, 30))
			.param("type", truncate(type, 40))
			.param("id", truncate(id, 80))
			.param("region", region)
			.param("school", schoolId)
			.param("before", json.writeValueAsString(AuditSecrets.without(before)))
			.param("after", json.writeValueAsString(AuditSecrets.without(after)))
			.update();
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return truncate(request.getRemoteAddr(), 64);
		}
		return "";
	}

	private static String truncate(String s, int max) {
		return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
	}

}
