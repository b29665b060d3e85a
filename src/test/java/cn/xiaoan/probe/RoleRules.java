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
			"/api/v1/training/students/{id}/certificates");

	private static final Predicate<String> PERSONAL = segment("staff", "students", "accounts", "audit", "imports",
			"tokens", "accidents");

	private static final Predicate<String> NOT_GRANTED_TO_POLICE = PERSONAL
		.or(segment("hazards", "risks", "risk-map", "campaigns", "homework", "training", "bases", "bookings"));

	static final List<Rule> RULES = List.of(new Rule("student", RoleRules::notSelfPage),
			new Rule("parent", RoleRules::notSelfPage), new Rule("police", NOT_GRANTED_TO_POLICE),
			new Rule("probe_transport", PERSONAL), new Rule("probe_health", PERSONAL),
			new Rule("probe_market", PERSONAL), new Rule("probe_assessor", PERSONAL),
			new Rule("guard",
					segment("students", "audit", "accounts", "campaigns", "homework", "accidents")
						.or(any("/staff/export"))),
			new Rule("teacher", segment("students", "audit", "accounts").or(any("/staff/export"))),
			new Rule("headteacher", segment("audit", "accounts")), new Rule("safety", segment("accounts", "audit")),
			new Rule("tx_safety", segment("accounts")));

	/**
	 * Served to every signed-in person on purpose: the division catalogue (GB/T 2260,
	 * public) and the blank import templates. Not probed by these rules.
	 */
	private static final List<String> PUBLIC = List.of("/api/v1/regions", "/import/template");

	private RoleRules() {
	}

	/** Is the route one of the rule's? Public routes are no one's. */
	static boolean forbids(Rule rule, String pattern) {
		return PUBLIC.stream().noneMatch(pattern::contains) && rule.forbidden().test(pattern);
	}

	private static boolean notSelfPage(String pattern) {
		return SELF_PAGES.stream()
			.noneMatch(p -> p.equals("/") ? pattern.equals("/") : pattern.equals(p) || pattern.startsWith(p + "/"));
	}

	/** A route with one of these path segments. */
	private static Predicate<String> segment(String... names) {
		return p -> Arrays.stream(p.split("/")).anyMatch(s -> Arrays.asList(names).contains(s));
	}

	private static Predicate<String> any(String... fragments) {
		return p -> Arrays.stream(fragments).anyMatch(p::contains);
	}

}
