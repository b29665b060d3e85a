package cn.xiaoan.people;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
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
 * Creating, changing, disabling and enabling accounts within what the administrator may
 * grant ({@link AccountGrant}). Every change is audited with the account before and after
 * (role, scope, data kinds, enabled; never a password hash).
 */
@Service
@Transactional(readOnly = true)
class AccountAdministration {

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final AccountRevocation revocation;

	private final AccountGrants grants;

	private final Clock clock;

	AccountAdministration(JdbcClient jdbc, PasswordEncoder encoder, ApplicationEventPublisher events,
			AccountRevocation revocation, AccountGrants grants, Clock clock) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.events = events;
		this.revocation = revocation;
		this.grants = grants;
		this.clock = clock;
	}

	/** A checked new account, ready to be written. */
	record Prepared(CreateAccount command, AccountGrant grant) {
	}

	/** Creates an account that must change its initial password at first sign-in. */
	@Transactional
	public AccountView create(CreateAccount command) {
		CurrentUser caller = Callers.current();
		Prepared prepared = prepare(caller, command);
		return view(insert(caller, prepared, encoder.encode(command.initialPassword())));
	}

	/**
	 * Checks a new account against every rule (all broken rules at once, by field);
	 * {@code initialPassword} may be null when the caller generates one.
	 */
	@Transactional(readOnly = true, noRollbackFor = BusinessRuleViolation.class)
	Prepared prepare(CurrentUser caller, CreateAccount command) {
		caller.require(Permission.ACCOUNT_ADMIN);
		Map<String, String> errors = new LinkedHashMap<>();
		if (!AccountGrant.creatable(command.role())) {
			errors.put("role", "account.role.notallowed");
		}
		else if (usernameTaken(command.username())) {
			errors.put("username", "account.username.taken");
		}
		if (command.initialPassword() != null) {
			String problem = PasswordRules.problem(command.initialPassword(), command.username());
			if (problem != null) {
				errors.put("initialPassword", problem);
			}
		}
		AccountGrant grant = null;
		if (errors.isEmpty()) {
			try {
				grant = grants.resolve(caller, command.role(), command.regionCode(), command.schoolId(),
						command.dataKinds());
				if (command.staffId() != null && !staffWithoutAccount(command.staffId(), command.schoolId())) {
					errors.put("staffId", "account.staff.unknown");
				}
			}
			catch (BusinessRuleViolation ex) {
				errors.putAll(ex.fieldErrors());
			}
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors);
		}
		return new Prepared(command, grant);
	}

	/**
	 * Writes a prepared account; a school account without a staff member gets a staff
	 * record on the way (its post follows the role).
	 */
	long insert(CurrentUser caller, Prepared prepared, String passwordHash) {
		CreateAccount c = prepared.command();
		AccountGrant grant = prepared.grant();
		Long school = grant.scope().schoolId();
		String region = AccountGrants.regionOf(grant);
		Long person = c.staffId();
		if (person == null && c.role().kind() == Role.Kind.SCHOOL) {
			person = jdbc.sql("""
					insert into people.staff (school_id, region_code, name, post_code)
					values (:s, :r, :n, :p) returning id""")
				.param("s", school)
				.param("r", region)
				.param("n", c.displayName())
				.param("p", postOf(c.role()))
				.query(Long.class)
				.single();
			events.publishEvent(EntityChanged.created("staff", person, region, school,
					Map.of("name", c.displayName(), "post", postOf(c.role()))));
		}
		long id = jdbc.sql("""
				insert into people.account (username, password_hash, display_name, role, region_code, school_id,
				                            person_id, must_change_password, data_kinds)
				values (:u, :h, :d, :r, :region, :school, :person, true, :kinds) returning id""")
			.param("u", c.username())
			.param("h", passwordHash)
			.param("d", c.displayName())
			.param("r", c.role().name())
			.param("region", region)
			.param("school", school)
			.param("person", person)
			.param("kinds", AccountRow.stored(grant.dataKinds()))
			.query(Long.class)
			.single();
		AccountRow created = row(id).orElseThrow();
		events.publishEvent(EntityChanged.created("account", id, region, school, audited(created)));
		return id;
	}

	/**
	 * Changes role, scope or data kinds; the account and the change both within the grant
	 * rule.
	 */
	@Transactional
	public AccountView change(long accountId, ChangeAccount command) {
		CurrentUser caller = Callers.current();
		AccountRow before = manageable(caller, accountId);
		notOneself(caller, before);
		AccountGrant grant = grants.resolve(caller, command.role(), command.regionCode(), command.schoolId(),
				command.dataKinds());
		Long school = grant.scope().schoolId();
		boolean staff = before.role().kind() == Role.Kind.SCHOOL && before.personId() != null;
		if (staff && (command.role().kind() != Role.Kind.SCHOOL || !school.equals(before.schoolId()))) {
			throw new BusinessRuleViolation("schoolId", "account.school.usetransfer");
		}
		if (!AccountGrant.creatable(command.role()) || before.role().kind() == Role.Kind.SELF) {
			throw new BusinessRuleViolation("role", "account.role.notallowed");
		}
		jdbc.sql("""
				update people.account set role = :r, region_code = :region, school_id = :school, data_kinds = :kinds
				where id = :id""")
			.param("r", command.role().name())
			.param("region", AccountGrants.regionOf(grant))
			.param("school", school)
			.param("kinds", AccountRow.stored(grant.dataKinds()))
			.param("id", accountId)
			.update();
		revocation.forgetCachedAccounts();
		return audit(before, "UPDATE");
	}

	@Transactional
	public AccountView disable(long accountId) {
		return setEnabled(accountId, false);
	}

	@Transactional
	public AccountView enable(long accountId) {
		return setEnabled(accountId, true);
	}

	/**
	 * A disabled account cannot sign in, its sessions end and its bearer tokens are
	 * revoked (enabling it again does not bring them back).
	 */
	private AccountView setEnabled(long accountId, boolean enabled) {
		CurrentUser caller = Callers.current();
		AccountRow before = manageable(caller, accountId);
		notOneself(caller, before);
		jdbc.sql("update people.account set enabled = :e where id = :id")
			.param("e", enabled)
			.param("id", accountId)
			.update();
		if (enabled) {
			revocation.forgetCachedAccounts();
		}
		else {
			revocation.revokeAll(accountId);
		}
		return audit(before, enabled ? "ENABLE" : "DISABLE");
	}

	/**
	 * An account the caller may manage: within their scope and with no more power than
	 * theirs; any other is reported as not found.
	 */
	AccountRow manageable(CurrentUser caller, long accountId) {
		caller.require(Permission.ACCOUNT_ADMIN);
		AccountRow row = row(accountId).orElseThrow(() -> new NotFound("account", accountId));
		if (!manages(caller, row)) {
			throw new NotFound("account", accountId);
		}
		return row;
	}

	static boolean manages(CurrentUser caller, AccountRow row) {
		try {
			return AccountGrant.of(row.role(), row.regionCode(), row.schoolId(), row.dataKinds())
				.refusalFor(caller) == null;
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return caller.role() == Role.SYSTEM_ADMIN;
		}
	}

	private static void notOneself(CurrentUser caller, AccountRow row) {
		if (caller.accountId() == row.id()) {
			throw new BusinessRuleViolation("role", "account.self");
		}
	}

	private AccountView audit(AccountRow before, String action) {
		AccountRow after = row(before.id()).orElseThrow();
		events.publishEvent(new EntityChanged("account", String.valueOf(before.id()), action, after.regionCode(),
				after.schoolId(), audited(before), audited(after)));
		return view(after.id());
	}

	/** What the audit trail keeps of an account: never the password hash. */
	static Map<String, Object> audited(AccountRow row) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("username", row.username());
		map.put("displayName", row.displayName());
		map.put("role", row.role().name());
		map.put("regionCode", row.regionCode() == null ? "" : row.regionCode());
		map.put("schoolId", row.schoolId() == null ? "" : row.schoolId());
		map.put("dataKinds", AccountRow.stored(row.dataKinds()));
		map.put("enabled", row.enabled());
		return map;
	}

	AccountView view(long id) {
		return AccountView.of(row(id).orElseThrow(() -> new NotFound("account", id)), clock.instant());
	}

	/** The post a staff record created for a school account holds (org's post codes). */
	static String postOf(Role role) {
		return switch (role) {
			case PRINCIPAL -> "PRINCIPAL";
			case SCHOOL_SAFETY_OFFICER -> "SAFETY_DIRECTOR";
			case HEAD_TEACHER -> "HEAD_TEACHER";
			case GUARD -> "GUARD";
			default -> "TEACHER";
		};
	}

	boolean usernameTaken(String username) {
		return username != null && jdbc.sql("select exists (select 1 from people.account where username = :u)")
			.param("u", username)
			.query(Boolean.class)
			.single();
	}

	private boolean staffWithoutAccount(long staffId, Long schoolId) {
		return jdbc.sql("""
				select exists (select 1 from people.staff s where s.id = :id and s.school_id = :school
				  and not exists (select 1 from people.account a where a.person_id = s.id
				                  and a.role not in ('STUDENT', 'PARENT')))""")
			.param("id", staffId)
			.param("school", schoolId)
			.query(Boolean.class)
			.single();
	}

	Optional<AccountRow> row(long id) {
		return jdbc.sql("select " + AccountRow.COLUMNS + " from people.account where id = :id")
			.param("id", id)
			.query(AccountRow::map)
			.optional();
	}

}
