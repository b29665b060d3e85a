package cn.xiaoan.people;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: password changes, unlocking and resets by an administrator of the scope, and
 * API bearer tokens for integrations (stored as SHA-256 hashes; the token is shown once).
 */
@Service
@Transactional(readOnly = true)
class AccountManagement {

	static final Duration TOKEN_LIFETIME = Duration.ofDays(90);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final BearerTokenLookup tokens;

	private final AccountAdministration administration;

	private final AccountRevocation revocation;

	AccountManagement(JdbcClient jdbc, PasswordEncoder encoder, Clock clock, ApplicationEventPublisher events,
			BearerTokenLookup tokens, AccountAdministration administration, AccountRevocation revocation) {
		this.revocation = revocation;
		this.tokens = tokens;
		this.administration = administration;
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Changes the caller's own password, ending the account's other sessions and revoking
	 * its bearer tokens; answers the new hash and the instant from which the caller's own
	 * session counts as signed in.
	 */
	@Transactional
	public ChangedPassword changeOwnPassword(String current, String replacement, String confirmation) {
		CurrentUser caller = Callers.current();
		AccountRow row = row(caller.accountId()).orElseThrow(() -> new NotFound("account", caller.accountId()));
		if (current == null || !encoder.matches(current, row.passwordHash())) {
			throw new BusinessRuleViolation("current", "password.current.wrong");
		}
		String problem = PasswordRules.problem(replacement, row.username());
		if (problem != null) {
			throw new BusinessRuleViolation("replacement", problem);
		}
		if (!replacement.equals(confirmation)) {
			throw new BusinessRuleViolation("confirmation", "password.confirmation.mismatch");
		}
		if (replacement.equals(current)) {
			throw new BusinessRuleViolation("replacement", "password.same");
		}
		String hash = encoder.encode(replacement);
		jdbc.sql("""
				update people.account set password_hash = :h, must_change_password = false, password_changed_at = now()
				 where id = :id""").param("h", hash).param("id", row.id()).update();
		java.time.Instant signedInFrom = revocation.revokeAll(row.id());
		events.publishEvent(new EntityChanged("account", String.valueOf(row.id()), "PASSWORD_CHANGE", row.regionCode(),
				row.schoolId(), Map.of(), Map.of("username", row.username())));
		return new ChangedPassword(hash, signedInFrom);
	}

	/** A changed password's hash, and from when the caller's own session counts. */
	public record ChangedPassword(String hash, java.time.Instant signedInFrom) {
	}

	public List<AccountView> accounts(String text, Role role) {
		return accounts(text, role, 500);
	}

	/** The accounts the caller manages, filtered; the page shows 500, an export more. */
	List<AccountView> accounts(String text, Role role, int limit) {
		CurrentUser caller = Callers.current().require(Permission.ACCOUNT_ADMIN);
		DataScope scope = caller.scope();
		return jdbc.sql("select " + AccountRow.COLUMNS + """
				 from people.account
				where coalesce(region_code, '') like :prefix || '%'
				  and (cast(:school as bigint) is null or school_id = :school)
				  and (:text = '' or username like :text || '%' or display_name like '%' || :text || '%')
				  and (cast(:role as varchar) is null or role = :role)
				  and (role not in ('STUDENT', 'PARENT') or cast(:role as varchar) is not null or :text <> '')
				order by role, username limit :limit""")
			.param("limit", limit)
			.param("prefix", scope.sqlRegionPrefix())
			.param("school", scope.sqlSchoolId())
			.param("text", text == null ? "" : text.trim())
			.param("role", role == null ? null : role.name())
			.query(AccountRow::map)
			.list()
			.stream()
			.filter(a -> AccountAdministration.manages(caller, a))
			.map(a -> AccountView.of(a, clock.instant()))
			.toList();
	}

	/** Unlocks an account in the caller's scope. */
	@Transactional
	public void unlock(long accountId) {
		AccountRow row = manageable(accountId);
		jdbc.sql(
				"update people.account set locked_until = null, failed_attempts = 0, attempts_since = null where id = :id")
			.param("id", row.id())
			.update();
		revocation.forgetCachedAccounts();
		events.publishEvent(new EntityChanged("account", String.valueOf(row.id()), "UNLOCK", row.regionCode(),
				row.schoolId(), Map.of("username", row.username(), "locked", row.lockedAt(clock.instant())),
				Map.of("username", row.username(), "locked", false)));
	}

	/** Sets a new initial password that must be changed at the next sign-in. */
	@Transactional
	public void resetPassword(long accountId, String initialPassword) {
		applyReset(manageable(accountId), initialPassword, false);
	}

	/**
	 * Sets a password to be changed at the next sign-in, unlocks the account, ends its
	 * sessions and tokens, and leaves a PASSWORD_RESET audit entry (whether the password
	 * was generated and shown once, never the password).
	 */
	void applyReset(AccountRow row, String initialPassword, boolean temporary) {
		String problem = PasswordRules.problem(initialPassword, row.username());
		if (problem != null) {
			throw new BusinessRuleViolation("password", problem);
		}
		jdbc.sql("""
				update people.account set password_hash = :h, must_change_password = true, locked_until = null,
				       failed_attempts = 0, attempts_since = null, password_changed_at = now() where id = :id""")
			.param("h", encoder.encode(initialPassword))
			.param("id", row.id())
			.update();
		revocation.revokeAll(row.id());
		events.publishEvent(new EntityChanged("account", String.valueOf(row.id()), "PASSWORD_RESET", row.regionCode(),
				row.schoolId(),
				Map.of("username", row.username(), "mustChangePassword", row.mustChangePassword(), "locked",
						row.lockedAt(clock.instant())),
				Map.of("username", row.username(), "mustChangePassword", true, "locked", false, "temporaryPassword",
						temporary)));
	}

	private AccountRow manageable(long accountId) {
		return administration.manageable(Callers.current(), accountId);
	}

	/**
	 * Issues a bearer token acting as the caller; the plain token is returned once and
	 * never stored.
	 */
	@Transactional
	public IssuedToken issueToken(String name) {
		CurrentUser caller = Callers.current().require(Permission.ACCOUNT_ADMIN);
		if (name == null || name.isBlank() || name.length() > 60) {
			throw new BusinessRuleViolation("name", "token.name.invalid");
		}
		byte[] raw = new byte[32];
		RANDOM.nextBytes(raw);
		String token = "xa_" + HexFormat.of().formatHex(raw);
		OffsetDateTime expires = OffsetDateTime.ofInstant(clock.instant().plus(TOKEN_LIFETIME), ZoneOffset.UTC);
		long id = jdbc.sql("""
				insert into people.api_token (account_id, name, token_hash, expires_at)
				values (:a, :n, :h, :e) returning id""")
			.param("a", caller.accountId())
			.param("n", name.trim())
			.param("h", sha256(token))
			.param("e", expires)
			.query(Long.class)
			.single();
		events.publishEvent(EntityChanged.created("api_token", id, null, null, Map.of("name", name.trim())));
		return new IssuedToken(id, name.trim(), token, expires);
	}

	public record IssuedToken(long id, String name, String token, OffsetDateTime expiresAt) {
	}

	public record TokenView(long id, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt,
			OffsetDateTime lastUsedAt, boolean revoked) {
	}

	public List<TokenView> myTokens() {
		CurrentUser caller = Callers.current().require(Permission.ACCOUNT_ADMIN);
		return jdbc.sql("""
				select id, name, created_at, expires_at, last_used_at, revoked from people.api_token
				where account_id = :a order by created_at desc""")
			.param("a", caller.accountId())
			.query((rs, n) -> new TokenView(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
					rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class), rs.getBoolean(6)))
			.list();
	}

	@Transactional
	public void revokeToken(long tokenId) {
		CurrentUser caller = Callers.current().require(Permission.ACCOUNT_ADMIN);
		int n = jdbc.sql("update people.api_token set revoked = true where id = :id and account_id = :a")
			.param("id", tokenId)
			.param("a", caller.accountId())
			.update();
		if (n == 0) {
			throw new NotFound("token", tokenId);
		}
		tokens.clear();
		events.publishEvent(new EntityChanged("api_token", String.valueOf(tokenId), "REVOKE", null, null,
				Map.of("revoked", false), Map.of("revoked", true)));
	}

	Optional<AccountRow> row(long id) {
		return jdbc.sql("select " + AccountRow.COLUMNS + " from people.account where id = :id")
			.param("id", id)
			.query(AccountRow::map)
			.optional();
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256")
					.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
