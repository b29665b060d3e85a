package cn.xiaoan.education.lesson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import cn.xiaoan.shared.OffCpu;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores homework quiz attempts by group commit (ADR 0065). A campaign evening sends
 * thousands of attempts a second, each a few rows of work but a transaction of its own;
 * here the attempts that arrive while a transaction is being written wait for it and then
 * go together, up to {@value #MAX_BATCH} in one statement and one commit. A request is
 * answered only after the transaction holding its attempt has committed, so nothing
 * acknowledged is lost; under a light load a batch is the one attempt, as before.
 * <p>
 * Attempts are spread over lanes by student, so one student's attempts are never in two
 * transactions at once; a batch takes one attempt per assignment and per submission id (a
 * second waits for the next batch), and locks the assignments in key order. A batch the
 * database refuses is retried attempt by attempt, so one bad attempt fails alone; a lost
 * database fails them all at once. Inside a caller's own transaction the attempt is
 * written there, alone.
 */
@Component
class AttemptGroupCommit {

	static final int MAX_BATCH = 64;

	/** What the database found for an attempt. */
	record Outcome(boolean prior, Integer attempts, Boolean passed, boolean inserted, String closed) {
	}

	/**
	 * An attempt waiting for its batch; its owner reads the result under the lane's lock.
	 */
	static final class Pending {

		final Attempts.Graded graded;

		final long homework;

		final long student;

		final int retakes;

		private Outcome outcome;

		private RuntimeException failure;

		Pending(Attempts.Graded graded, long homework, long student, int retakes) {
			this.graded = graded;
			this.homework = homework;
			this.student = student;
			this.retakes = retakes;
		}

		boolean done() {
			return outcome != null || failure != null;
		}

	}

	private record Lane(ReentrantLock lock, Queue<Pending> queue) {
	}

	private static final String STORE = """
			with input as (
			    select * from unnest(?::uuid[], ?::int8[], ?::int8[], ?::int8[], ?::int8[], ?::varchar[], ?::int8[],
			                         ?::int4[], ?::int4[], ?::int4[], ?::bool[], ?::text[], ?::int4[])
			        with ordinality as i(id, homework, student, lesson, account, region, school, correct, total, score,
			                             passed, answers, retakes, ord)),
			prior as (
			    select i.ord from input i join education.attempt t on t.submission_id = i.id),
			a as (
			    select i.ord, a.attempts, a.passed was_passed, c.closed from input i
			    join education.assignment a on a.homework_id = i.homework and a.student_id = i.student
			    join education.homework h on h.id = a.homework_id and h.lesson_id = i.lesson
			    left join education.campaign c on c.id = h.campaign_id
			    where i.ord not in (select ord from prior)
			    order by a.homework_id, a.student_id
			    for update of a),
			ins as (
			    insert into education.attempt (submission_id, lesson_id, account_id, region_code, school_id, correct, total,
			                                   score, passed, answers, homework_id)
			    select i.id, i.lesson, i.account, i.region, i.school, i.correct, i.total, i.score, i.passed,
			           cast(i.answers as jsonb), i.homework
			    from a join input i on i.ord = a.ord where not a.was_passed and a.attempts <= i.retakes and a.closed is null
			    on conflict (submission_id) do nothing
			    returning submission_id),
			upd as (
			    update education.assignment x set quiz_at = coalesce(x.quiz_at, now()),
			           studied_at = coalesce(x.studied_at, now()), attempts = x.attempts + 1,
			           best_score = greatest(x.best_score, i.score), passed = x.passed or i.passed
			    from input i join ins on ins.submission_id = i.id
			    where x.homework_id = i.homework and x.student_id = i.student
			    returning x.homework_id, x.student_id)
			select i.ord, exists (select 1 from prior p where p.ord = i.ord), a.attempts, a.was_passed,
			       exists (select 1 from ins where ins.submission_id = i.id)
			       and exists (select 1 from upd where upd.homework_id = i.homework and upd.student_id = i.student),
			       a.closed
			from input i left join a on a.ord = i.ord""";

	private final Lane[] lanes;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final DistributionSummary batches;

	AttemptGroupCommit(JdbcTemplate jdbc, PlatformTransactionManager transactions, MeterRegistry meters,
			@Value("${xiaoan.education.attempt-lanes:1}") int lanes) {
		this.jdbc = jdbc;
		this.batches = DistributionSummary.builder("xiaoan.education.attempt.batch")
			.description("homework quiz attempts committed together")
			.register(meters);
		this.tx = new TransactionTemplate(transactions);
		this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.lanes = new Lane[Math.max(1, lanes)];
		for (int i = 0; i < this.lanes.length; i++) {
			this.lanes[i] = new Lane(new ReentrantLock(), new ConcurrentLinkedQueue<>());
		}
	}

	/** Stores the attempt, with others arriving meanwhile; answers once committed. */
	Outcome write(Pending pending) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return store(List.of(pending)).get(0);
		}
		Lane lane = lanes[(int) Math.floorMod(pending.student, (long) lanes.length)];
		OffCpu.waiting(() -> {
			lane.queue().add(pending);
			lane.lock().lock();
			try {
				while (!pending.done()) {
					flush(lane);
				}
			}
			finally {
				lane.lock().unlock();
			}
			return null;
		});
		if (pending.failure != null) {
			throw pending.failure;
		}
		return pending.outcome;
	}

	private void flush(Lane lane) {
		List<Pending> batch = new ArrayList<>();
		List<Pending> later = new ArrayList<>();
		Set<List<Long>> assignments = new HashSet<>();
		Set<UUID> ids = new HashSet<>();
		Pending next;
		while (batch.size() < MAX_BATCH && (next = lane.queue().poll()) != null) {
			List<Long> assignment = List.of(next.homework, next.student);
			if (assignments.contains(assignment) || ids.contains(next.graded.id())) {
				later.add(next);
				continue;
			}
			assignments.add(assignment);
			ids.add(next.graded.id());
			batch.add(next);
		}
		lane.queue().addAll(later);
		batches.record(batch.size());
		try {
			List<Outcome> outcomes = tx.execute(status -> storeGeneric(batch));
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).outcome = outcomes.get(i);
			}
		}
		catch (RuntimeException e) {
			if (batch.size() == 1 || databaseLost(e)) {
				batch.forEach(p -> p.failure = e);
				return;
			}
			for (Pending p : batch) {
				try {
					p.outcome = tx.execute(status -> storeGeneric(List.of(p))).get(0);
				}
				catch (RuntimeException alone) {
					p.failure = alone;
				}
			}
		}
	}

	/** Attempts waiting for a batch, in every lane. */
	int waiting() {
		int n = 0;
		for (Lane lane : lanes) {
			n += lane.queue().size();
		}
		return n;
	}

	private static boolean databaseLost(RuntimeException e) {
		return e instanceof DataAccessResourceFailureException || e instanceof CannotCreateTransactionException
				|| e instanceof TransientDataAccessResourceException;
	}

	/**
	 * {@link #store} in a transaction of the group commit's own, with the statement's
	 * generic plan: left to choose, PostgreSQL plans the statement anew for every batch
	 * (its arrays' lengths make each custom plan look cheaper), which cost it about a
	 * millisecond a batch - more than executing it - for the same plan (ADR 0086).
	 */
	private List<Outcome> storeGeneric(List<Pending> batch) {
		jdbc.execute("set local plan_cache_mode = force_generic_plan");
		return store(batch);
	}

	/** One statement for the batch; outcomes in the batch's order. */
	private List<Outcome> store(List<Pending> batch) {
		Outcome[] outcomes = new Outcome[batch.size()];
		jdbc.query(con -> statement(con, batch), rs -> {
			Integer attempts = (Integer) rs.getObject(3);
			Boolean passed = (Boolean) rs.getObject(4);
			outcomes[rs.getInt(1) - 1] = new Outcome(rs.getBoolean(2), attempts, passed, rs.getBoolean(5),
					rs.getString(6));
		});
		return List.of(outcomes);
	}

	private static PreparedStatement statement(Connection con, List<Pending> batch) throws SQLException {
		int n = batch.size();
		Object[][] columns = new Object[13][];
		columns[0] = new UUID[n];
		for (int c : new int[] { 1, 2, 3, 4, 6 }) {
			columns[c] = new Long[n];
		}
		columns[5] = new String[n];
		columns[11] = new String[n];
		for (int c : new int[] { 7, 8, 9, 12 }) {
			columns[c] = new Integer[n];
		}
		columns[10] = new Boolean[n];
		for (int i = 0; i < n; i++) {
			Pending p = batch.get(i);
			Attempts.Graded g = p.graded;
			Object[] row = { g.id(), p.homework, p.student, g.lesson(), g.account(), g.region(), g.school(),
					g.correct(), g.total(), g.score(), g.passed(), g.answers(), p.retakes };
			for (int c = 0; c < row.length; c++) {
				columns[c][i] = row[c];
			}
		}
		String[] types = { "uuid", "int8", "int8", "int8", "int8", "varchar", "int8", "int4", "int4", "int4", "bool",
				"text", "int4" };
		PreparedStatement statement = con.prepareStatement(STORE);
		for (int c = 0; c < types.length; c++) {
			statement.setArray(c + 1, con.createArrayOf(types[c], columns[c]));
		}
		return statement;
	}

}
