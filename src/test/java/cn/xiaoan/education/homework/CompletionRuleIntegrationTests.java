package cn.xiaoan.education.homework;

import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trigger {@code education.assignment_complete}, which marks assignments complete in
 * the database, and {@link Completion}, the rule in Java, agree on every combination of
 * items — for an assignment stored in that state and for one that gets there by an
 * update. Rolled back; no campaign, so no rate deltas either.
 */
@PlatformTest
class CompletionRuleIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theTriggerAndTheJavaRuleAgreeOnEveryCombination() {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			long homework = jdbc.sql("""
					insert into education.homework (school_id, region_code, lesson_id, title, due_on, requires_parent,
					                                assigned_by, assigner_name)
					select 0, '450422', min(id), '完成规则核对', current_date, true, 0, '测试' from education.lesson
					returning id""").query(Long.class).single();
			for (int i = 0; i < 16; i++) {
				Completion rule = new Completion((i & 1) != 0, (i & 2) != 0, (i & 4) != 0, (i & 8) != 0);
				assertThat(stored(homework, i, rule)).as("stored as %s", rule).isEqualTo(rule.done());
				assertThat(updated(homework, 100 + i, rule)).as("updated to %s", rule).isEqualTo(rule.done());
			}
			status.setRollbackOnly();
		});
	}

	private boolean stored(long homework, long student, Completion items) {
		return jdbc
			.sql("""
					insert into education.assignment (homework_id, student_id, class_id, school_id, region_code, needs_parent,
					                                  studied_at, quiz_at, parent_at)
					values (:h, :s, 0, 0, '450422', :needsParent, case when :studied then now() end,
					        case when :quiz then now() end, case when :parent then now() end)
					returning completed_at is not null""")
			.param("h", homework)
			.param("s", student)
			.params(flags(items))
			.query(Boolean.class)
			.single();
	}

	private boolean updated(long homework, long student, Completion items) {
		jdbc.sql(
				"""
						insert into education.assignment (homework_id, student_id, class_id, school_id, region_code, needs_parent)
						values (:h, :s, 0, 0, '450422', :needsParent)""")
			.param("h", homework)
			.param("s", student)
			.param("needsParent", items.needsParent())
			.update();
		return jdbc.sql("""
				update education.assignment set studied_at = case when :studied then now() end,
				       quiz_at = case when :quiz then now() end, parent_at = case when :parent then now() end
				where homework_id = :h and student_id = :s returning completed_at is not null""")
			.param("h", homework)
			.param("s", student)
			.params(flags(items))
			.query(Boolean.class)
			.single();
	}

	private static java.util.Map<String, Object> flags(Completion items) {
		return java.util.Map.of("needsParent", items.needsParent(), "studied", items.studied(), "quiz",
				items.quizTaken(), "parent", items.parentConfirmed());
	}

}
