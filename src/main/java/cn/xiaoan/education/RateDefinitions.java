package cn.xiaoan.education;

import java.util.Collection;

/**
 * The rates of DOMAIN.md §4, stated once: what one student's assignment counts towards,
 * and what each rate divides by. The database trigger {@code education.assignment_delta}
 * (migration {@code V202612010500}) counts exactly the same, and
 * {@code RateDefinitionsIntegrationTests} holds the two together on real rows. For a
 * campaign, "assigned" (应参与) is every student of the classes the campaign targets,
 * whether or not their school has assigned it yet: a class not yet assigned counts its
 * students on the roll as assigned with nothing done (ADR 0024, {@code TargetedRates});
 * the page states these definitions under 统计口径.
 * <ul>
 * <li>participation = assigned students with at least one of their own items (the lesson,
 * the quiz) done ÷ assigned — a parent's confirmation alone is not the student taking
 * part;</li>
 * <li>completion = every required item done ÷ assigned;</li>
 * <li>exam = took the quiz ÷ assigned;</li>
 * <li>pass = passed ÷ took the quiz;</li>
 * <li>parent = parents who confirmed ÷ assigned students whose homework asks for a parent
 * confirmation (家长版), so homework without a parent part neither lowers nor raises
 * it.</li>
 * </ul>
 */
public final class RateDefinitions {

	private RateDefinitions() {
	}

	/** One student's assignment, as far as the rates are concerned. */
	public record Progress(boolean needsParent, boolean studied, boolean quizTaken, boolean passed,
			boolean parentConfirmed) {

	}

	static boolean participated(Progress p) {
		return p.studied() || p.quizTaken();
	}

	static boolean completed(Progress p) {
		return p.studied() && p.quizTaken() && (!p.needsParent() || p.parentConfirmed());
	}

	static boolean took(Progress p) {
		return p.quizTaken();
	}

	static boolean passed(Progress p) {
		return p.quizTaken() && p.passed();
	}

	static boolean askedForParent(Progress p) {
		return p.needsParent();
	}

	static boolean parentConfirmed(Progress p) {
		return p.needsParent() && p.parentConfirmed();
	}

	/** The counts of a unit whose students' assignments these are. */
	public static Rates tally(String unit, Collection<Progress> assignments) {
		return new Rates(unit, "", assignments.size(), count(assignments, RateDefinitions::participated),
				count(assignments, RateDefinitions::completed), count(assignments, RateDefinitions::took),
				count(assignments, RateDefinitions::passed), count(assignments, RateDefinitions::parentConfirmed),
				count(assignments, RateDefinitions::askedForParent));
	}

	static double participation(Rates r) {
		return percent(r.participated(), r.assigned());
	}

	static double completion(Rates r) {
		return percent(r.completed(), r.assigned());
	}

	static double exam(Rates r) {
		return percent(r.took(), r.assigned());
	}

	static double pass(Rates r) {
		return percent(r.passed(), r.took());
	}

	static double parent(Rates r) {
		return percent(r.parentDone(), r.parentAsked());
	}

	/** A percentage with one decimal; 0 where nobody is counted. */
	public static double percent(int part, int whole) {
		return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0;
	}

	private static int count(Collection<Progress> assignments, java.util.function.Predicate<Progress> counted) {
		return (int) assignments.stream().filter(counted).count();
	}

}
