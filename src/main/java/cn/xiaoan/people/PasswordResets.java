package cn.xiaoan.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 忘记密码: someone who knows the person resets the password to a one-time temporary one,
 * shown once to the one who reset it and changed at the next sign-in. An account
 * administrator (a principal for the school, a bureau administrator for the region below)
 * resets the accounts they manage; a head teacher the student and parent accounts of the
 * class they head. Any other account is not found, as one that does not exist.
 */
@Service
public class PasswordResets {

	/** No 0/O, 1/l/I: read aloud or copied from a screen by a parent. */
	private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";

	private static final String DIGITS = "23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AccountManagement accounts;

	private final AccountAdministration administration;

	PasswordResets(JdbcClient jdbc, Clock clock, AccountManagement accounts, AccountAdministration administration) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.accounts = accounts;
		this.administration = administration;
	}

	/**
	 * The new password, for the one who reset it to pass on; it is stored hashed only.
	 */
	public record TemporaryPassword(long accountId, String username, String displayName,
			String password) implements java.io.Serializable {
	}

	/** An account the caller may reset, as the student page lists it. */
	public record Resettable(long accountId, String username, String displayName, Role role, boolean locked,
			boolean mustChangePassword) {
	}

	/**
	 * Resets the account's password to a generated temporary one, unlocks it, ends its
	 * sessions and tokens, and audits the reset.
	 */
	@Transactional
	public TemporaryPassword reset(long accountId) {
		CurrentUser caller = Callers.current();
		AccountRow row = resettable(caller, accountId);
		String password = generate(row.username());
		accounts.applyReset(row, password, true);
		return new TemporaryPassword(row.id(), row.username(), row.displayName(), password);
	}

	/**
	 * The accounts of a student and of the student's guardians that the caller may reset
	 * (empty for one who may reset none of them).
	 */
	@Transactional(readOnly = true)
	public List<Resettable> ofStudent(long studentId) {
		CurrentUser caller = Callers.current();
		if (!mayReset(caller)) {
			return List.of();
		}
		return jdbc.sql("select " + AccountRow.COLUMNS + """
				 from people.account a
				where (a.role = 'STUDENT' and a.person_id = :s)
				   or (a.role = 'PARENT' and a.person_id in
				       (select guardian_id from people.student_guardian where student_id = :s))
				order by a.role desc, a.username""")
			.param("s", studentId)
			.query(AccountRow::map)
			.list()
			.stream()
			.filter(a -> allowed(caller, a))
			.map(a -> new Resettable(a.id(), a.username(), a.displayName(), a.role(), a.lockedAt(clock.instant()),
					a.mustChangePassword()))
			.toList();
	}

	private static boolean mayReset(CurrentUser caller) {
		return caller.can(Permission.ACCOUNT_ADMIN) || caller.role() == Role.HEAD_TEACHER;
	}

	/**
	 * Role first (who may reset at all), then scope: an account outside it is not found.
	 */
	private AccountRow resettable(CurrentUser caller, long accountId) {
		if (!mayReset(caller)) {
			throw new AccessDenied("resetting passwords needs ACCOUNT_ADMIN or a class");
		}
		AccountRow row = administration.row(accountId).orElseThrow(() -> new NotFound("account", accountId));
		if (row.id() == caller.accountId() || !allowed(caller, row)) {
			throw new NotFound("account", accountId);
		}
		return row;
	}

	private boolean allowed(CurrentUser caller, AccountRow row) {
		if (caller.can(Permission.ACCOUNT_ADMIN) && AccountAdministration.manages(caller, row)) {
			return true;
		}
		return caller.role() == Role.HEAD_TEACHER && headsClassOf(caller, row);
	}

	/**
	 * Is the account a student, or a parent of a student, of the class the caller heads?
	 */
	private boolean headsClassOf(CurrentUser caller, AccountRow row) {
		if (caller.personId() == null || row.personId() == null
				|| (row.role() != Role.STUDENT && row.role() != Role.PARENT)) {
			return false;
		}
		String students = row.role() == Role.STUDENT ? "select :p"
				: "select student_id from people.student_guardian where guardian_id = :p";
		return jdbc.sql("""
				select exists (select 1 from people.staff h join people.student s on s.class_id = h.head_class_id
				 where h.id = :me and h.school_id = :school and s.school_id = :school
				   and s.left_on is null and s.graduated_in is null
				   and s.id in (""" + students + "))")
			.param("me", caller.personId())
			.param("school", caller.scope().schoolId())
			.param("p", row.personId())
			.query(Boolean.class)
			.single();
	}

	/** Ten characters of three classes, accepted by {@link PasswordRules}. */
	static String generate(String username) {
		while (true) {
			StringBuilder password = new StringBuilder();
			String all = UPPER + LOWER + DIGITS;
			password.append(UPPER.charAt(RANDOM.nextInt(UPPER.length())));
			for (int i = 0; i < 7; i++) {
				password.append(all.charAt(RANDOM.nextInt(all.length())));
			}
			password.append(DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
			password.append(LOWER.charAt(RANDOM.nextInt(LOWER.length())));
			String candidate = password.toString();
			if (PasswordRules.problem(candidate, username) == null) {
				return candidate;
			}
		}
	}

}
