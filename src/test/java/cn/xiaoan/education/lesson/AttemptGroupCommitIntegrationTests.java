package cn.xiaoan.education.lesson;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import cn.xiaoan.education.AssignHomework;
import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.education.Homework;
import cn.xiaoan.education.IssueCampaign;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Group commit of homework attempts (ADR 0065): attempts that arrive while a batch is
 * being written go together in the next, each with its own outcome. The first batch is
 * held on a row lock so that the others are known to be waiting.
 */
@PlatformTest
class AttemptGroupCommitIntegrationTests {

	@Autowired
	EducationManagement education;

	@Autowired
	Demo demo;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final ExecutorService pool = Executors.newCachedThreadPool();

	private AttemptGroupCommit commit;

	private long homework;

	private long lesson;

	private List<Long> students;

	@BeforeEach
	void homeworkForTheDemoStudentsClass() {
		commit = new AttemptGroupCommit(jdbc, transactions, meters, 1);
		Campaign campaign = demo.callAs("tx_safety", () -> education.issue(new IssueCampaign("成批提交测试", "暑期防溺水",
				"DROWNING", LocalDate.now().minusDays(1), LocalDate.now().plusDays(20), false, null)));
		long school = demo.schoolOf("principal");
		long classId = jdbc.queryForObject("select s.class_id from people.student s join people.account a "
				+ "on a.person_id = s.id where a.username = 'student'", Long.class);
		Homework hw = demo.callAs("principal", () -> education.assign(new AssignHomework(school, campaign.id(), null,
				"", List.of(classId), LocalDate.now().plusDays(7), false)));
		homework = hw.id();
		lesson = jdbc.queryForObject("select lesson_id from education.homework where id = ?", Long.class, homework);
		students = jdbc.queryForList(
				"select student_id from education.assignment where homework_id = ? order by student_id limit 12",
				Long.class, homework);
		assertThat(students).hasSizeGreaterThan(5);
	}

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void attemptsArrivingWhileABatchIsWrittenGoTogetherInTheNextEachWithItsOwnOutcome() throws Exception {
		List<AttemptGroupCommit.Pending> rest = students.subList(1, students.size())
			.stream()
			.map(s -> pending(s, UUID.randomUUID(), "450422"))
			.toList();
		List<Future<AttemptGroupCommit.Outcome>> outcomes = heldWhile(rest);
		for (Future<AttemptGroupCommit.Outcome> outcome : outcomes) {
			assertThat(outcome.get(10, TimeUnit.SECONDS).inserted()).isTrue();
		}
		DistributionSummary batches = meters.summary("xiaoan.education.attempt.batch");
		assertThat(batches.count()).isEqualTo(2);
		assertThat(batches.max()).isEqualTo(rest.size());
		assertThat(jdbc.queryForObject("select count(*) from education.assignment where homework_id = ? "
				+ "and attempts = 1 and passed and quiz_at is not null", Integer.class, homework))
			.isEqualTo(students.size());
	}

	@Test
	void aSubmissionSentTwiceWhileWaitingIsStoredOnceAndTheRetryAnswersThePriorOne() throws Exception {
		UUID twice = UUID.randomUUID();
		List<Future<AttemptGroupCommit.Outcome>> outcomes = heldWhile(List.of(pending(students.get(1), twice, "450422"),
				pending(students.get(1), twice, "450422"), pending(students.get(2), UUID.randomUUID(), "450422")));
		List<AttemptGroupCommit.Outcome> done = new ArrayList<>();
		for (Future<AttemptGroupCommit.Outcome> outcome : outcomes) {
			done.add(outcome.get(10, TimeUnit.SECONDS));
		}
		assertThat(done).filteredOn(AttemptGroupCommit.Outcome::inserted).hasSize(3);
		assertThat(done).filteredOn(AttemptGroupCommit.Outcome::prior).hasSize(1);
		assertThat(jdbc.queryForObject(
				"select attempts from education.assignment where homework_id = ? " + "and student_id = ?",
				Integer.class, homework, students.get(1)))
			.isEqualTo(1);
	}

	@Test
	void anAttemptTheDatabaseRefusesFailsAloneNotItsBatch() throws Exception {
		List<Future<AttemptGroupCommit.Outcome>> outcomes = heldWhile(
				List.of(pending(students.get(1), UUID.randomUUID(), "450422"),
						pending(students.get(2), UUID.randomUUID(), "4504220001999"),
						pending(students.get(3), UUID.randomUUID(), "450422")));
		assertThat(outcomes.get(1).get(10, TimeUnit.SECONDS).inserted()).isTrue();
		assertThatThrownBy(() -> outcomes.get(2).get(10, TimeUnit.SECONDS))
			.hasCauseInstanceOf(DataIntegrityViolationException.class);
		assertThat(outcomes.get(3).get(10, TimeUnit.SECONDS).inserted()).isTrue();
		assertThat(jdbc.queryForObject(
				"select attempts from education.assignment where homework_id = ? " + "and student_id = ?",
				Integer.class, homework, students.get(2)))
			.isZero();
	}

	/**
	 * The first student's attempt is written while another transaction holds that
	 * student's assignment; {@code rest} arrive meanwhile; then the hold ends. Outcomes:
	 * the first student's, then {@code rest}'s in order.
	 */
	private List<Future<AttemptGroupCommit.Outcome>> heldWhile(List<AttemptGroupCommit.Pending> rest) throws Exception {
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Future<?> holder = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.queryForList("select 1 from education.assignment where homework_id = ? and student_id = ? for update",
					homework, students.get(0));
			locked.countDown();
			try {
				release.await(20, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
		List<Future<AttemptGroupCommit.Outcome>> outcomes = new ArrayList<>();
		outcomes.add(pool.submit(() -> commit.write(pending(students.get(0), UUID.randomUUID(), "450422"))));
		await(() -> meters.summary("xiaoan.education.attempt.batch").count() == 1);
		for (AttemptGroupCommit.Pending p : rest) {
			outcomes.add(pool.submit(() -> commit.write(p)));
		}
		await(() -> commit.waiting() == rest.size());
		release.countDown();
		holder.get(10, TimeUnit.SECONDS);
		return outcomes;
	}

	private AttemptGroupCommit.Pending pending(long student, UUID id, String region) {
		return new AttemptGroupCommit.Pending(new Attempts.Graded(id, lesson, 1L, region, null, 5, 5, 100, true, "{}"),
				homework, student, 2);
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("within 10 s").isLessThan(deadline);
			Thread.sleep(10);
		}
	}

}
