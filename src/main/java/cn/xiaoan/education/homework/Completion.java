package cn.xiaoan.education.homework;

/**
 * When homework counts as done (DOMAIN.md §4, "all required items done"): the lesson
 * studied, the quiz taken — passed or not — and, where the homework asks for it, the
 * parent part confirmed. The database applies the same rule as each assignment changes
 * (trigger {@code education.assignment_complete}), so that millions of rows are counted
 * set-based; {@code CompletionRuleIntegrationTests} holds the two together.
 */
record Completion(boolean studied, boolean quizTaken, boolean needsParent, boolean parentConfirmed) {

	boolean done() {
		return studied && quizTaken && (!needsParent || parentConfirmed);
	}

}
