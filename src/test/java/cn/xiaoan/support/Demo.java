package cn.xiaoan.support;

import java.util.List;

import cn.xiaoan.platform.DatabaseRoles;
import cn.xiaoan.shared.Callers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Demo accounts and ids for tests: sign in as any demo user, find schools by county. */
@Component
public class Demo {

	public static final String PASSWORD = "Xiaoan@2026";

	private final UserDetailsService accounts;

	private final JdbcClient jdbc;

	private final DatabaseRoles roles;

	Demo(UserDetailsService accounts, JdbcClient jdbc, DatabaseRoles roles) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.roles = roles;
	}

	/** A MockMvc request signed in as the demo account. */
	public RequestPostProcessor as(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	/** Runs the module API as the demo account (sets and clears the security context). */
	public <T> T callAs(String username, java.util.function.Supplier<T> call) {
		UserDetails details = accounts.loadUserByUsername(username);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return call.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	public void runAs(String username, Runnable call) {
		callAs(username, () -> {
			call.run();
			return null;
		});
	}

	/** The id of the demo account. */
	public long accountOf(String username) {
		return jdbc.sql("select id from people.account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	public long schoolOf(String username) {
		return callAs(username, () -> Callers.current().scope().schoolId());
	}

	/** Schools whose region code starts with the prefix. */
	public List<Long> schoolsIn(String regionPrefix) {
		return jdbc.sql("select id from org.school where region_code like :p || '%' order by id")
			.param("p", regionPrefix)
			.query(Long.class)
			.list();
	}

	public long studentOf(String parentUsername) {
		return jdbc.sql("""
				select l.student_id from people.student_guardian l join people.account a on a.person_id = l.guardian_id
				where a.username = :u and a.role = 'PARENT' limit 1""")
			.param("u", parentUsername)
			.query(Long.class)
			.single();
	}

	/** A student of another school than the given one. */
	public long studentOutside(long schoolId) {
		return jdbc.sql("select id from people.student where school_id <> :s order by id limit 1")
			.param("s", schoolId)
			.query(Long.class)
			.single();
	}

	/** SQL as the platform's application role. */
	public JdbcClient jdbc() {
		return jdbc;
	}

	/**
	 * The idle timeout kept with the shared session (ADR 0046) whose cookie value (the
	 * Base64 of its id) a response set.
	 */
	public int sessionIdleSeconds(String cookieValue) {
		String id = new String(java.util.Base64.getDecoder().decode(cookieValue),
				java.nio.charset.StandardCharsets.UTF_8);
		return jdbc.sql("select max_inactive_interval from sessions.spring_session where session_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	/**
	 * SQL as the owner of the tables (the application role may not rewrite the audit
	 * trail).
	 */
	public JdbcClient ownerJdbc() {
		return JdbcClient.create(roles.owner());
	}

}
