package cn.xiaoan.shared;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static cn.xiaoan.shared.Role.*;

/**
 * What a role may do; module APIs check these together with the caller's
 * {@link DataScope}. A permission names the roles it is granted to, so a module declares
 * its own permissions next to its API ({@code Permission.grantedTo("BULLYING_MANAGE",
 * PRINCIPAL, …)}) without editing this class or {@link Role}. The system administrator
 * holds every permission except {@link #SELF_SERVICE}.
 * <p>
 * Partner departments ({@link Role#isPartner()}) hold the read permissions declared with
 * a {@link DataKind} ({@link #readOf(DataKind, String, Role...)}) and the few actions
 * that name them ({@link #partnerActionOf(DataKind, String, Role...)});
 * {@link CurrentUser#can} narrows those to the kinds granted to the partner's account.
 */
public final class Permission {

	/**
	 * Every permission declared so far, by name: the grant rule compares roles over them.
	 */
	private static final Map<String, Permission> DECLARED = new ConcurrentHashMap<>();

	/** See schools, grades, classes of the scope. */
	public static final Permission SCHOOL_READ = readOf(DataKind.SCHOOL_BASIC, "SCHOOL_READ", BUREAU_ADMIN,
			BUREAU_SAFETY_OFFICER, PRINCIPAL, SCHOOL_SAFETY_OFFICER, HEAD_TEACHER, TEACHER, GUARD);

	/** Create and edit schools, import them. */
	public static final Permission SCHOOL_EDIT = grantedTo("SCHOOL_EDIT", BUREAU_ADMIN, PRINCIPAL);

	/** See staff, students and guardians of the scope (personal data, masked). */
	public static final Permission PEOPLE_READ = grantedTo("PEOPLE_READ", BUREAU_ADMIN, BUREAU_SAFETY_OFFICER,
			PRINCIPAL, SCHOOL_SAFETY_OFFICER, HEAD_TEACHER);

	/** Create, edit and import staff and students. */
	public static final Permission PEOPLE_EDIT = grantedTo("PEOPLE_EDIT", BUREAU_ADMIN, PRINCIPAL,
			SCHOOL_SAFETY_OFFICER);

	/** Manage accounts and API tokens in the scope. */
	public static final Permission ACCOUNT_ADMIN = grantedTo("ACCOUNT_ADMIN", BUREAU_ADMIN, PRINCIPAL);

	/** Override policy settings for the scope's region. */
	public static final Permission POLICY_EDIT = grantedTo("POLICY_EDIT", BUREAU_ADMIN);

	/** See guard staffing and the "三个100%" flags. */
	public static final Permission SECURITY_READ = readOf(DataKind.SECURITY, "SECURITY_READ", BUREAU_ADMIN,
			BUREAU_SAFETY_OFFICER, PRINCIPAL, SCHOOL_SAFETY_OFFICER, GUARD);

	/** Record a school's security facilities. */
	public static final Permission SECURITY_EDIT = grantedTo("SECURITY_EDIT", PRINCIPAL, SCHOOL_SAFETY_OFFICER);

	/** Browse the audit trail of the scope. */
	public static final Permission AUDIT_READ = grantedTo("AUDIT_READ", BUREAU_ADMIN, BUREAU_SAFETY_OFFICER, PRINCIPAL);

	/** Report a hazard (排查) of a school in scope; bureaus report spot-check findings. */
	public static final Permission HAZARD_REPORT = grantedTo("HAZARD_REPORT", BUREAU_ADMIN, BUREAU_SAFETY_OFFICER,
			PRINCIPAL, SCHOOL_SAFETY_OFFICER, HEAD_TEACHER, TEACHER, GUARD);

	/** See the hazard ledger, a hazard and the ledger's statistics. */
	public static final Permission HAZARD_READ = readOf(DataKind.HAZARDS, "HAZARD_READ", BUREAU_ADMIN,
			BUREAU_SAFETY_OFFICER, PRINCIPAL, SCHOOL_SAFETY_OFFICER, HEAD_TEACHER, TEACHER, GUARD);

	/** See risk inventories, levels and the four-colour map of the scope. */
	public static final Permission RISK_READ = readOf(DataKind.RISKS, "RISK_READ", BUREAU_ADMIN, BUREAU_SAFETY_OFFICER,
			PRINCIPAL, SCHOOL_SAFETY_OFFICER, HEAD_TEACHER, TEACHER, GUARD);

	/** Register, grade, plan, rectify, verify and close a school's hazards. */
	public static final Permission HAZARD_MANAGE = grantedTo("HAZARD_MANAGE", PRINCIPAL, SCHOOL_SAFETY_OFFICER);

	/** List major hazards for supervision (挂牌督办), accept them, record summons. */
	public static final Permission HAZARD_SUPERVISE = grantedTo("HAZARD_SUPERVISE", BUREAU_ADMIN,
			BUREAU_SAFETY_OFFICER);

	/**
	 * See one's own record or one's children; the system administrator has no such
	 * record.
	 */
	public static final Permission SELF_SERVICE = new Permission("SELF_SERVICE", EnumSet.of(STUDENT, PARENT));

	/** Issue safety-education campaigns (专题活动) to the schools of the scope. */
	public static final Permission EDUCATION_CAMPAIGN = grantedTo("EDUCATION_CAMPAIGN", BUREAU_ADMIN,
			BUREAU_SAFETY_OFFICER);

	/** Assign lessons and campaigns to classes as homework, remind non-completers. */
	public static final Permission EDUCATION_ASSIGN = grantedTo("EDUCATION_ASSIGN", PRINCIPAL, SCHOOL_SAFETY_OFFICER,
			HEAD_TEACHER, TEACHER);

	/** See participation, completion, exam and pass rates of the scope. */
	public static final Permission EDUCATION_STATS = readOf(DataKind.EDUCATION_STATS, "EDUCATION_STATS", BUREAU_ADMIN,
			BUREAU_SAFETY_OFFICER, PRINCIPAL, SCHOOL_SAFETY_OFFICER, HEAD_TEACHER, TEACHER);

	/** Run a training base (实训基地): courses, sessions, attendance, certificates. */
	public static final Permission TRAINING_MANAGE = grantedTo("TRAINING_MANAGE", BUREAU_ADMIN, BUREAU_SAFETY_OFFICER);

	/** See the training bases, their courses and sessions. */
	public static final Permission TRAINING_READ = readOf(DataKind.TRAINING, "TRAINING_READ", BUREAU_ADMIN,
			BUREAU_SAFETY_OFFICER, PRINCIPAL, SCHOOL_SAFETY_OFFICER);

	/** Book sessions of the training bases around the school for its classes. */
	public static final Permission TRAINING_BOOK = grantedTo("TRAINING_BOOK", PRINCIPAL, SCHOOL_SAFETY_OFFICER);

	private final String name;

	private final Set<Role> roles;

	private final DataKind dataKind;

	/** Held by every partner role (a shared read), not only by the named roles. */
	private final boolean everyPartner;

	private Permission(String name, Set<Role> roles) {
		this(name, roles, null, false);
	}

	private Permission(String name, Set<Role> roles, DataKind dataKind, boolean everyPartner) {
		this.name = name;
		this.roles = Set.copyOf(roles);
		this.dataKind = dataKind;
		this.everyPartner = everyPartner;
		DECLARED.put(name, this);
	}

	/** A permission held by the system administrator and the given roles. */
	public static Permission grantedTo(String name, Role... roles) {
		Set<Role> holders = EnumSet.of(SYSTEM_ADMIN, roles);
		return new Permission(name, holders);
	}

	/**
	 * A read-only permission that may also be shared with partner departments: held by
	 * the system administrator, the given roles and every partner role, a partner account
	 * only when {@code kind} is granted to it.
	 */
	public static Permission readOf(DataKind kind, String name, Role... roles) {
		return new Permission(name, EnumSet.of(SYSTEM_ADMIN, roles), kind, true);
	}

	/**
	 * An action a partner department takes in the platform about data of {@code kind}
	 * (the police and transport answer a school-bus permit, the police acknowledge a
	 * clue): held by the system administrator and the given roles; a partner role only
	 * when it is named here and {@code kind} is granted to the partner's account. Still
	 * no personal data.
	 */
	public static Permission partnerActionOf(DataKind kind, String name, Role... roles) {
		return new Permission(name, EnumSet.of(SYSTEM_ADMIN, roles), kind, false);
	}

	public boolean isGrantedTo(Role role) {
		return roles.contains(role) || (everyPartner && role.isPartner());
	}

	/**
	 * An action only the partner departments it names take (see
	 * {@link #partnerActionOf}): their own part in a procedure, not a power of the bureau
	 * that creates their account.
	 */
	public boolean isPartnerAction() {
		return dataKind != null && !everyPartner;
	}

	/** The kind of data this permission reads, or null if it cannot be shared. */
	public DataKind dataKind() {
		return dataKind;
	}

	/** Every permission declared by the classes loaded so far. */
	public static Collection<Permission> declared() {
		return List.copyOf(DECLARED.values());
	}

	public String name() {
		return name;
	}

	@Override
	public String toString() {
		return name;
	}

}
