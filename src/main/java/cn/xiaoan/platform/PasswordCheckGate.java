package cn.xiaoan.platform;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Admission control for password checks. A BCrypt check costs a core for tens of
 * milliseconds, so at most {@code concurrency} run at once; up to {@code queue} more
 * callers wait their turn (first come, first served) for at most {@code maxWait}; anyone
 * beyond that, or still waiting after {@code maxWait}, is refused with
 * {@link LoginOverloaded} at once: a burst of sign-ins is answered with 429 and
 * {@code Retry-After} instead of piling up threads and timing out. The queue admits only
 * as many callers as the slots can serve within {@code maxWait} at the recent mean check
 * time, so a caller that is let in rarely waits in vain. A refused caller is told when to
 * come back ({@link #retryAfterSeconds}): refused callers are given return times one
 * after another at the rate the slots serve, after the queue ahead has drained, so they
 * come back spread out instead of all at once to be refused again.
 */
class PasswordCheckGate {

	private final Semaphore running;

	private final AtomicInteger waiting = new AtomicInteger();

	private final int concurrency;

	private final int queue;

	private final Duration maxWait;

	private final Timer waits;

	private final Timer checks;

	private final Timer checkCpu;

	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
		.getThreadMXBean();

	private final Counter queueFull;

	private final Counter timedOut;

	private final Counter noRoom;

	/** Recent mean duration of a check (exponentially weighted), 0 until the first. */
	private volatile long meanCheckNanos;

	/** The latest return time handed to a refused caller ({@link System#nanoTime}). */
	private final AtomicLong returnsUntil = new AtomicLong(System.nanoTime());

	/** No refused caller is told to wait longer than this. */
	static final Duration LONGEST_RETRY = Duration.ofSeconds(60);

	PasswordCheckGate(int concurrency, int queue, Duration maxWait, MeterRegistry meters) {
		if (concurrency < 1 || queue < 0 || maxWait.isNegative()) {
			throw new IllegalArgumentException(
					"password check gate: concurrency >= 1, queue >= 0, wait >= 0 (got %d, %d, %s)"
						.formatted(concurrency, queue, maxWait));
		}
		this.running = new Semaphore(concurrency, true);
		this.concurrency = concurrency;
		this.queue = queue;
		this.maxWait = maxWait;
		this.waits = Timer.builder("xiaoan.login.gate.wait")
			.description("Time a password check waited for its turn")
			.register(meters);
		this.checks = Timer.builder("xiaoan.login.password.check")
			.description("Time of one admitted password check")
			.register(meters);
		this.checkCpu = Timer.builder("xiaoan.login.password.check.cpu")
			.description("CPU time of one admitted password check (thread CPU time)")
			.register(meters);
		this.queueFull = Counter.builder("xiaoan.login.gate.rejected").tag("reason", "queue-full").register(meters);
		this.timedOut = Counter.builder("xiaoan.login.gate.rejected").tag("reason", "timeout").register(meters);
		this.noRoom = Counter.builder("xiaoan.login.gate.rejected").tag("reason", "at-the-door").register(meters);
		meters.gauge("xiaoan.login.gate.waiting", waiting);
		meters.gauge("xiaoan.login.gate.running", running, slots -> concurrency - slots.availablePermits());
		meters.gauge("xiaoan.login.gate.slots", running, slots -> concurrency);
	}

	/** Runs the check when admitted; otherwise throws {@link LoginOverloaded}. */
	<T> T check(Supplier<T> passwordCheck) {
		long start = System.nanoTime();
		enter();
		waits.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		long admitted = System.nanoTime();
		long cpu = THREADS.getCurrentThreadCpuTime();
		try {
			return passwordCheck.get();
		}
		finally {
			running.release();
			long took = System.nanoTime() - admitted;
			if (cpu >= 0) {
				checkCpu.record(THREADS.getCurrentThreadCpuTime() - cpu, TimeUnit.NANOSECONDS);
			}
			checks.record(took, TimeUnit.NANOSECONDS);
			long mean = meanCheckNanos;
			meanCheckNanos = mean == 0 ? took : mean + (took - mean) / 8;
		}
	}

	/**
	 * Whether a new caller would find room (a free slot or a place in the queue); a cheap
	 * hint checked before any database work.
	 */
	boolean admits() {
		return running.availablePermits() > 0 || waiting.get() < room();
	}

	/**
	 * Places in the queue: at most {@code queue}, and no more than the slots get through
	 * within {@code maxWait} at the recent mean check time.
	 */
	int room() {
		long mean = meanCheckNanos;
		if (mean <= 0) {
			return queue;
		}
		return (int) Math.min(queue, maxWait.toNanos() * concurrency / mean);
	}

	/**
	 * Throws {@link LoginOverloaded} at once when there is no room: called on arrival of
	 * a sign-in, before the account is looked up.
	 */
	void requireRoom() {
		if (!admits()) {
			noRoom.increment();
			throw new LoginOverloaded(retryAfterSeconds());
		}
	}

	/**
	 * Seconds a refused caller should wait before trying again, and books that return:
	 * the queue ahead drains first, then each refused caller gets the next place at the
	 * rate the slots serve (one mean check time per slot), at most {@link #LONGEST_RETRY}
	 * ahead. Until a check has been timed, the longest wait.
	 */
	long retryAfterSeconds() {
		long mean = meanCheckNanos;
		if (mean <= 0) {
			return Math.max(1, (maxWait.toMillis() + 999) / 1000);
		}
		long now = System.nanoTime();
		long spacing = mean / concurrency;
		long earliest = now + waiting.get() * spacing;
		long latest = now + LONGEST_RETRY.toNanos();
		long at = returnsUntil.updateAndGet(booked -> Math.min(Math.max(booked, earliest) + spacing, latest));
		return Math.max(1, (at - now + 999_999_999L) / 1_000_000_000L);
	}

	int concurrency() {
		return concurrency;
	}

	int queue() {
		return queue;
	}

	Duration maxWait() {
		return maxWait;
	}

	private void enter() {
		try {
			// Fair: a free slot goes to a waiting caller before a newcomer.
			if (running.tryAcquire(0, TimeUnit.NANOSECONDS)) {
				return;
			}
			if (waiting.incrementAndGet() > room()) {
				waiting.decrementAndGet();
				queueFull.increment();
				throw new LoginOverloaded(retryAfterSeconds());
			}
			try {
				if (!running.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
					timedOut.increment();
					throw new LoginOverloaded(retryAfterSeconds());
				}
			}
			finally {
				waiting.decrementAndGet();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LoginOverloaded(retryAfterSeconds());
		}
	}

}
