import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The password-hash ceiling: how many BCrypt checks per second this machine does with the
 * given number of threads, using the Spring Security BCrypt of the packaged app against a
 * hash as stored (so the same cost factor). Run with the app's own spring-security-crypto jar.
 * Usage: java -cp crypto.jar:commons-logging.jar bench/HashCeiling.java hash password threads seconds
 * Prints: threads checks seconds checks_per_second mean_ms_per_check cpu_ms_per_check
 */
public class HashCeiling {

	public static void main(String[] args) throws Exception {
		String hash = args[0];
		String password = args[1];
		int threads = Integer.parseInt(args[2]);
		double seconds = Double.parseDouble(args[3]);
		var encoder = new BCryptPasswordEncoder();
		if (!encoder.matches(password, hash)) {
			throw new IllegalStateException("the password does not match the hash");
		}
		run(encoder, hash, password, threads, 3.0); // warm-up: JIT
		long[] r = run(encoder, hash, password, threads, seconds);
		double s = r[1] / 1e9;
		System.out.printf("%d %d %.3f %.2f %.2f %.2f%n", threads, r[0], s, r[0] / s, threads * s * 1000 / r[0],
				r[2] / 1e6 / r[0]);
	}

	private static long[] run(BCryptPasswordEncoder encoder, String hash, String password, int threads,
			double seconds) throws InterruptedException {
		var stop = new AtomicBoolean();
		var checks = new LongAdder();
		var cpu = new LongAdder();
		var threadCpu = java.lang.management.ManagementFactory.getThreadMXBean();
		List<Thread> workers = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Thread t = new Thread(() -> {
				long cpu0 = threadCpu.getCurrentThreadCpuTime();
				while (!stop.get()) {
					if (!encoder.matches(password, hash)) {
						throw new IllegalStateException("mismatch");
					}
					checks.increment();
				}
				cpu.add(threadCpu.getCurrentThreadCpuTime() - cpu0);
			});
			workers.add(t);
		}
		long start = System.nanoTime();
		workers.forEach(Thread::start);
		Thread.sleep((long) (seconds * 1000));
		stop.set(true);
		for (Thread t : workers) {
			t.join();
		}
		// Checks in flight when the time was up finish late; count the time they took.
		return new long[] { checks.sum(), System.nanoTime() - start, cpu.sum() };
	}

}
