package cn.xiaoan.probe;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Routes a role must not use even on its own tenant (ADR 0012's grant rule, the
 * permissions of {@code shared.Permission}): students and parents only their own pages,
 * partners no personal data and only the kinds granted, teachers and guards no student
 * lists, audit or accounts.
 */
final class RoleRules {

	record Rule(String user, Predicate<String> forbidden) {
	}

	/**
	 * What a student or parent may open: their own pages, lessons, inbox, password, and
	 * the student's certificates ({id} is the probe school's first student, the demo
	 * student).
	 */
	private static final List<String> SELF_PAGES = List.of("/", "/my", "/api/v1/my", "/lessons", "/api/v1/lessons",
			"/me", "/api/v1/me", "/inbox", "/api/v1/inbox", "/password", "/account/password", "/api/v1/password",
			"/files/{id}", "/students/{id}", "/api/v1/students/{id}", "/training/students/{id}/certificates",
			"/api/v1/training/students/{id}/certificates", "/notices", "/api/v1/notices", "/bullying/report",
			"/bullying/family", "/api/v1/bullying/family", "/api/v1/bullying/reports",
			// the county's black and white lists of training institutions (ADR 0042)
			"/institutions/lists", "/api/v1/institutions/lists");

	private static final Predicate<String> PERSONAL = segment("staff", "students", "accounts", "audit", "imports",
			"tokens", "duty", "accidents");

	/**
	 * A school's signing, posts and grid, and the bureaus' rates: not for teachers and
	 * guards.
	 */
	private static final Predicate<String> DUTY_MANAGEMENT = any("/duty/schools", "/duty/rates");

	private static final Predicate<String> NOT_GRANTED_TO_POLICE = PERSONAL
		.or(segment("hazards", "risks", "risk-map", "campaigns", "homework", "training", "bases", "bookings"))
		// opinion cases: a partner reaches only the tasks assigned to it (ADR 0028)
		.or(segment("opinions"))
		// key waters are the townships' and nearby schools' (ADR 0039)
		.or(segment("waters"))
		// campus surroundings are shown to a partner granted the kind (ADR 0040); the
		// demo
		// police account is not
		.or(segment("surroundings"))
		// the demo police account is not granted the liaison data (ADR 0041)
		.or(segment("liaison"))
		// training institutions are the education bureaus' and schools' (ADR 0042)
		.or(segment("institutions"));

	/**
	 * The institutions register and its follow-up: bureaus and the staff of schools, not
	 * partners (ADR 0042).
	 */
	private static final Predicate<String> INSTITUTIONS = segment("institutions");

	/**
	 * What a school reads of the institutions register but does not keep: forms, the
	 * township's follow-up and its exports (ADR 0042).
	 */
	private static final Predicate<String> INSTITUTIONS_KEEPING = any("/institutions/new", "/institutions/import",
			"/institutions/{id}/edit", "/institutions/{id}/inspect", "/institutions/rectifications",
			"/institutions/resettlements", "/api/v1/institutions/rectifications", "/api/v1/institutions/resettlements");

	/** Opinion cases and tasks are the safety leaders' and partners' (ADR 0028). */
	private static final Predicate<String> OPINION = segment("opinions", "opinion-tasks");

	/**
	 * A care visit and a student's care file (ADR 0029): only the student's circle — not
	 * another teacher of the school, not a guard, not a bureau.
	 */
	private static final Predicate<String> CARE_FILES = p -> p.contains("/care/visits/{id}")
			|| p.contains("/care/pupils/{id}");

	/** What a school sees of its pairs: bureaus get counts only. */
	private static final Predicate<String> CARE_SCHOOL = p -> p.contains("/care/classes/") || p.endsWith("/care/mine")
			|| p.endsWith("/care/overdue") || p.contains("/care/mine/") || p.contains("/care/overdue/")
			|| p.endsWith("/care/school") || p.endsWith("/care/counsellors");

	/**
	 * Sending notices and their receipts: bureaus, school leaders and head teachers
	 * (notice module).
	 */
	private static final Predicate<String> NOTICE_SENDING = any("/notices/new", "/notices/sent", "/notices/{id}/export",
			"/notices/{id}/receipts", "/notices/{id}/readers", "/notices/{id}/classes/");

	/**
	 * A bullying case (ADR 0036): only the committee of its school (the principal and the
	 * members named — in the demo the safety officer) and the county office (tx_safety).
	 */
	private static final Predicate<String> BULLYING_FILES = p -> p.contains("/bullying/cases/{id}");

	/** All of bullying but reporting: not for staff off the committee. */
	private static final Predicate<String> BULLYING_BUT_REPORTING = p -> p.contains("/bullying")
			&& !p.contains("/public/") && !p.endsWith("/bullying/report") && !p.endsWith("/bullying/reports");

	/**
	 * The school-bus ledger, permits and exports: bureaus, school leaders and partners
	 * granted the kind; a route's and a run's page also for the school's escorts.
	 */
	private static final Predicate<String> SCHOOLBUS_LEDGER = p -> schoolBus(p)
			&& !p.replace("/api/v1", "").startsWith("/school-buses/routes/{id}")
			&& !p.replace("/api/v1", "").startsWith("/school-buses/runs/{id}");

	/** A school's forms for its buses: its principal and safety officer only. */
	private static final Predicate<String> SCHOOLBUS_FORMS = any("/school-buses/vehicles/new",
			"/school-buses/drivers/new", "/school-buses/escorts/new", "/school-buses/routes/new",
			"/school-buses/vehicles/import", "/school-buses/drivers/import", "/school-buses/escorts/import");

	/**
	 * Police-school liaison (ADR 0041): school leaders, bureaus and the police granted
	 * the kind; not teachers, head teachers or guards.
	 */
	private static final Predicate<String> LIAISON = segment("liaison");

	/** The county's register of police stations (ADR 0057): bureaus only. */
	private static final Predicate<String> STATIONS = any("/liaison/stations");

	/**
	 * The county map (ADR 0047): bureaus of a county and above, school leaders, and a
	 * partner reading at least one of its layers; not teachers, head teachers, guards.
	 */
	private static final Predicate<String> COUNTY_MAP = p -> p.equals("/map");

	/**
	 * 督导考核 (ADR 0054): the bureaus; a school's leaders only the 约谈 addressed to their
	 * school.
	 */
	private static final Predicate<String> ASSESSMENT = p -> p.replace("/api/v1", "").startsWith("/assessment");

	private static final Predicate<String> ASSESSMENT_BUT_INTERVIEWS = p -> p.replace("/api/v1", "")
		.startsWith("/assessment") && !p.replace("/api/v1", "").startsWith("/assessment/interviews");

	/**
	 * Analytics, the leader screen and reports: bureaus only (ADR 0055) — refused to
	 * every school and partner account (students and parents are refused by
	 * {@link #notSelfPage}).
	 */
	private static final Predicate<String> ANALYTICS = segment("analytics");

	private static final java.util.Set<String> NOT_A_BUREAU = java.util.Set.of("police", "probe_transport",
			"probe_health", "probe_market", "probe_assessor", "guard", "teacher", "headteacher", "safety", "principal");

	/** The holiday table: the system administrator. */
	private static final Predicate<String> SCHOOLBUS_CALENDAR = any("/school-buses/calendar");

	static final List<Rule> RULES = List.of(new Rule("student", RoleRules::notSelfPage),
			new Rule("parent", RoleRules::notSelfPage),
			new Rule("police",
					NOT_GRANTED_TO_POLICE.or(BULLYING_BUT_REPORTING)
						.or(RoleRules::schoolBus)
						.or(COUNTY_MAP)
						.or(ASSESSMENT)),
			new Rule("probe_transport",
					PERSONAL.or(BULLYING_BUT_REPORTING)
						.or(INSTITUTIONS)
						.or(SCHOOLBUS_FORMS)
						.or(SCHOOLBUS_CALENDAR)
						.or(ASSESSMENT)),
			new Rule("probe_health",
					PERSONAL.or(BULLYING_BUT_REPORTING)
						.or(INSTITUTIONS)
						.or(SCHOOLBUS_FORMS)
						.or(SCHOOLBUS_CALENDAR)
						.or(ASSESSMENT)),
			new Rule("probe_market",
					PERSONAL.or(BULLYING_BUT_REPORTING)
						.or(INSTITUTIONS)
						.or(SCHOOLBUS_FORMS)
						.or(SCHOOLBUS_CALENDAR)
						.or(ASSESSMENT)),
			new Rule("probe_assessor",
					PERSONAL.or(BULLYING_BUT_REPORTING)
						.or(INSTITUTIONS)
						.or(SCHOOLBUS_FORMS)
						.or(SCHOOLBUS_CALENDAR)
						.or(ASSESSMENT)),
			new Rule("guard",
					segment("students", "audit", "accounts", "campaigns", "homework", "meetings", "accidents", "waters")
						.or(any("/staff/export"))
						.or(p -> INSTITUTIONS.test(p) && !p.contains("/institutions/lists"))
						.or(DUTY_MANAGEMENT)
						.or(CARE_FILES)
						.or(OPINION)
						.or(NOTICE_SENDING)
						.or(BULLYING_BUT_REPORTING)
						.or(SCHOOLBUS_LEDGER)
						.or(LIAISON)
						.or(COUNTY_MAP)
						.or(ASSESSMENT)
						.or(any("/school-buses/runs/"))),
			new Rule("teacher", segment("students", "audit", "accounts", "meetings").or(any("/staff/export"))
				// staff rescue-skill trainings: school leaders and head teachers (ADR
				// 0039)
				.or(any("/waters/training"))
				.or(INSTITUTIONS_KEEPING)
				.or(DUTY_MANAGEMENT)
				.or(CARE_FILES)
				.or(OPINION)
				.or(NOTICE_SENDING)
				.or(BULLYING_BUT_REPORTING)
				.or(SCHOOLBUS_LEDGER)
				.or(LIAISON)
				.or(COUNTY_MAP)
				.or(ASSESSMENT)),
			new Rule("headteacher",
					segment("audit", "accounts", "meetings").or(DUTY_MANAGEMENT)
						.or(any("/waters/training/new"))
						.or(INSTITUTIONS_KEEPING)
						.or(OPINION)
						.or(BULLYING_BUT_REPORTING)
						.or(SCHOOLBUS_LEDGER)
						.or(LIAISON)
						.or(COUNTY_MAP)
						.or(ASSESSMENT)),
			new Rule("safety",
					segment("accounts", "audit", "meetings").or(STATIONS)
						.or(any("/duty/rates", "/bullying/committee", "/bullying/office"))
						.or(INSTITUTIONS_KEEPING)
						.or(SCHOOLBUS_CALENDAR)
						.or(ASSESSMENT_BUT_INTERVIEWS)),
			new Rule("principal",
					segment("meetings").or(any("/care/visits/{id}", "/bullying/office"))
						.or(STATIONS)
						.or(SCHOOLBUS_CALENDAR)
						.or(INSTITUTIONS_KEEPING)
						.or(ASSESSMENT_BUT_INTERVIEWS)),
			new Rule("tx_safety",
					segment("accounts")
						.or(any("/duty/my", "/duty/emergency", "/bullying/committee", "/bullying/office"))
						.or(CARE_FILES)
						.or(CARE_SCHOOL)
						.or(SCHOOLBUS_FORMS)
						.or(SCHOOLBUS_CALENDAR)),
			new Rule("tx_admin",
					CARE_FILES.or(CARE_SCHOOL)
						.or(BULLYING_FILES)
						.or(any("/bullying/committee"))
						.or(SCHOOLBUS_FORMS)
						.or(SCHOOLBUS_CALENDAR)),
			new Rule("wz_admin",
					CARE_FILES.or(CARE_SCHOOL)
						.or(BULLYING_FILES)
						.or(any("/bullying/committee", "/bullying/office"))
						.or(SCHOOLBUS_FORMS)
						.or(SCHOOLBUS_CALENDAR)));

	/**
	 * Served to every signed-in person on purpose: the division catalogue (GB/T 2260,
	 * public) and the blank import templates. Not probed by these rules.
	 */
	private static final List<String> PUBLIC = List.of("/api/v1/regions", "/import/template", "/public/");

	private RoleRules() {
	}

	/** Is the route one of the rule's? Public routes are no one's. */
	static boolean forbids(Rule rule, String pattern) {
		return PUBLIC.stream().noneMatch(pattern::contains) && (rule.forbidden().test(pattern)
				|| NOT_A_BUREAU.contains(rule.user()) && (ANALYTICS.test(pattern) || NETWORKING.test(pattern)));
	}

	/**
	 * Four-level networking: bureau administrators and safety officers only, not schools
	 * and partners (ADR 0056; the same accounts as {@link #NOT_A_BUREAU}).
	 */
	private static final Predicate<String> NETWORKING = segment("exchange");

	private static boolean notSelfPage(String pattern) {
		return SELF_PAGES.stream()
			.noneMatch(p -> p.equals("/") ? pattern.equals("/") : pattern.equals(p) || pattern.startsWith(p + "/"));
	}

	/** A route with one of these path segments. */
	/** The school-bus pages and their REST API. */
	private static boolean schoolBus(String path) {
		return path.startsWith("/school-bus") || path.startsWith("/api/v1/school-buses");
	}

	private static Predicate<String> segment(String... names) {
		return p -> Arrays.stream(p.split("/")).anyMatch(s -> Arrays.asList(names).contains(s));
	}

	private static Predicate<String> any(String... fragments) {
		return p -> Arrays.stream(fragments).anyMatch(p::contains);
	}

}
