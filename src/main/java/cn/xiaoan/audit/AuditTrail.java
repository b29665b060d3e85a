package cn.xiaoan.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.xiaoan.people.LoginAttempted;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.Permission;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit entries in the same transaction as the change they describe (a change is
 * never committed without its entry) and answers searches within the caller's scope.
 */
@Service
class AuditTrail {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	AuditTrail(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(EntityChanged change) {
		CurrentUser caller = Callers.currentOrNull();
		insert(caller == null ? null : caller.accountId(), caller == null ? "system" : caller.username(),
				change.action(), change.entityType(), change.entityId(), change.regionCode(), change.schoolId(),
				change.before(), change.after());
	}

	@EventListener
	@Transactional
	public void on(LoginAttempted attempt) {
		insert(attempt.accountId(), attempt.username(), "LOGIN_" + attempt.outcome(), "account",
				attempt.accountId() == null ? attempt.username() : String.valueOf(attempt.accountId()),
				attempt.regionCode(), attempt.schoolId(), Map.of(), Map.of());
	}

	private void insert(Long accountId, String username, String action, String type, String id, String region,
			Long schoolId, Map<String, Object> before, Map<String, Object> after) {
		jdbc.sql(
				"""
						insert into audit.entry (account_id, username, ip, action, entity_type, entity_id, region_code,
						                         school_id, before, after)
						values (:a, :u, :ip, :action, :type, :id, :region, :school, cast(:before as jsonb), cast(:after as jsonb))""")
			.param("a", accountId)
			.param("u", truncate(username, 64))
			.param("ip", clientAddress())
			.param("action", truncate(action, 30))
			.param("type", type)
			.param("id", truncate(id, 80))
			.param("region", region)
			.param("school", schoolId)
			.param("before", json.writeValueAsString(before))
			.param("after", json.writeValueAsString(after))
			.update();
	}

	/** Entries within the caller's scope, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> search(String username, String action, LocalDate from, LocalDate to, int page) {
		CurrentUser caller = Callers.current().require(Permission.AUDIT_READ);
		DataScope scope = caller.scope();
		return jdbc.sql("""
				select id, at, username, ip, action, entity_type, entity_id, region_code, school_id,
				       cast(before as text), cast(after as text)
				from audit.entry
				where (:all or (cast(:school as bigint) is not null and school_id = :school)
				       or (cast(:school as bigint) is null and region_code like :prefix || '%'))
				  and (:username = '' or username = :username)
				  and (:action = '' or action like :action || '%')
				  and (cast(:from as date) is null or at >= cast(:from as date))
				  and (cast(:to as date) is null or at < cast(:to as date) + 1)
				order by at desc, id desc limit 100 offset :offset""")
			.param("all", scope.kind() == DataScope.Kind.ALL)
			.param("school", scope.kind() == DataScope.Kind.SCHOOL ? scope.schoolId() : null)
			.param("prefix", scope.sqlRegionPrefix())
			.param("username", username == null ? "" : username.trim())
			.param("action", action == null ? "" : action.trim())
			.param("from", from)
			.param("to", to)
			.param("offset", Math.max(0, page) * 100L)
			.query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
					(Long) rs.getObject(9), rs.getString(10), rs.getString(11)))
			.list();
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
