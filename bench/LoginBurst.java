import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Load generator for the login burst: {@code users} concurrent clients sign distinct
 * students in through {@code POST /api/v1/session} (a fresh session each, no cookies kept).
 * A refused sign-in (429) is retried for the same student: after Retry-After (with jitter)
 * in mode "backoff", at once in mode "storm". Counts and latencies are taken in the
 * measurement window after the warm-up; with an admin session cookie it also reads the
 * server's login timers from /actuator/metrics at the window's start and end.
 * Usage: java bench/LoginBurst.java base-url usernames-file password users warmup-s measure-s mode [admin-cookie [app-pid]]
 * Prints "key value" lines.
 */
public class LoginBurst {

	static final LongAdder ok = new LongAdder(), tooMany = new LongAdder(), client4xx = new LongAdder(),
			server5xx = new LongAdder(), failed = new LongAdder();

	static final Map<String, LongAdder> problems = new ConcurrentHashMap<>();

	static final List<long[]> latencies = new ArrayList<>(); // [request ns, sign-in ns incl. retries]

	static volatile boolean measuring, stopped;

	public static void main(String[] args) throws Exception {
		String base = args[0];
		List<String> usernames = Files.readAllLines(Path.of(args[1])).stream().filter(s -> !s.isBlank()).toList();
		String password = args[2];
		int users = Integer.parseInt(args[3]);
		double warmup = Double.parseDouble(args[4]), measure = Double.parseDouble(args[5]);
		boolean storm = "storm".equals(args[6]);
		String adminCookie = args.length > 7 ? args[7] : null;
		long appPid = args.length > 8 ? Long.parseLong(args[8]) : -1;
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		AtomicInteger next = new AtomicInteger();
		List<Thread> threads = new ArrayList<>();
		for (int u = 0; u < users; u++) {
			Thread t = new Thread(() -> {
				while (!stopped) {
					int i = next.getAndIncrement();
					if (i >= usernames.size()) {
						return;
					}
					signIn(http, base, usernames.get(i), password, storm);
				}
			});
			t.setDaemon(true);
			threads.add(t);
		}
		long t0 = System.nanoTime();
		threads.forEach(Thread::start);
		Thread.sleep((long) (warmup * 1000));
		Map<String, Double> before = adminCookie == null ? null : metrics(http, base, adminCookie);
		ok.reset(); tooMany.reset(); client4xx.reset(); server5xx.reset(); failed.reset();
		synchronized (latencies) { latencies.clear(); }
		int startIndex = next.get();
		long[] machine0 = machineJiffies();
		long app0 = processJiffies(appPid);
		long self0 = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
		long start = System.nanoTime();
		measuring = true;
		Thread.sleep((long) (measure * 1000));
		measuring = false;
		long elapsed = System.nanoTime() - start;
		long[] machine1 = machineJiffies();
		long app1 = processJiffies(appPid);
		long self1 = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
		Map<String, Double> after = adminCookie == null ? null : metrics(http, base, adminCookie);
		stopped = true;
		double s = elapsed / 1e9;
		System.out.printf("users %d%nmode %s%nseconds %.3f%nok %d%nthroughput %.3f%nr429 %d%nr4xx %d%nr5xx %d%nerrors %d%n",
				users, storm ? "storm" : "backoff", s, ok.sum(), ok.sum() / s, tooMany.sum(), client4xx.sum(),
				server5xx.sum(), failed.sum());
		System.out.printf("students_started %d%n", next.get() - startIndex);
		// CPU in the window, in cores: the whole machine, the app's JVM, this load generator.
		double ticks = 100.0; // USER_HZ
		System.out.printf("cpu_machine %.2f%ncpu_app %.2f%ncpu_loadgen %.2f%nloadavg %s%n",
				(machine1[0] - machine0[0]) / ticks / s, appPid < 0 ? Double.NaN : (app1 - app0) / ticks / s,
				(self1 - self0) / 1000.0 / s, Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
		long[] req, total;
		synchronized (latencies) {
			req = latencies.stream().mapToLong(l -> l[0]).sorted().toArray();
			total = latencies.stream().mapToLong(l -> l[1]).sorted().toArray();
		}
		System.out.printf("p50_ms %.1f%np99_ms %.1f%nsignin_p50_ms %.1f%nsignin_p99_ms %.1f%n", pct(req, .50),
				pct(req, .99), pct(total, .50), pct(total, .99));
		problems.forEach((k, v) -> System.out.printf("problem %s x%d%n", k.replace(' ', '_'), v.sum()));
		if (before != null && after != null) {
			for (String m : List.of("gate_wait", "hash", "hash_cpu", "server")) {
				double n = after.get(m + ".COUNT") - before.get(m + ".COUNT");
				double sum = after.get(m + ".TOTAL_TIME") - before.get(m + ".TOTAL_TIME");
				System.out.printf("%s_count %.0f%n%s_mean_ms %.2f%n", m, n, m, n == 0 ? 0 : sum * 1000 / n);
			}
			for (String reason : REASONS) {
				System.out.printf("rejected_%s %.0f%n", reason,
						after.get(reason + ".COUNT") - before.get(reason + ".COUNT"));
			}
		}
		System.out.printf("wall_seconds %.1f%n", (System.nanoTime() - t0) / 1e9);
		System.exit(0);
	}

	static void signIn(HttpClient http, String base, String username, String password, boolean storm) {
		String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
		long first = System.nanoTime();
		while (!stopped) {
			long sent = System.nanoTime();
			boolean counted = measuring;
			try {
				HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
					.timeout(Duration.ofSeconds(60))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.discarding());
				long done = System.nanoTime();
				int status = r.statusCode();
				counted = counted && measuring;
				if (status / 100 == 2) {
					if (counted) {
						ok.increment();
						synchronized (latencies) {
							latencies.add(new long[] { done - sent, done - first });
						}
					}
					return;
				}
				if (status == 429) {
					if (counted) {
						tooMany.increment();
					}
					if (!storm) {
						long retry = r.headers().firstValueAsLong("Retry-After").orElse(1);
						sleep((long) (retry * 1000 * ThreadLocalRandom.current().nextDouble(0.5, 1.5)));
					}
					continue;
				}
				if (counted) {
					(status >= 500 ? server5xx : client4xx).increment();
					problems.computeIfAbsent("HTTP " + status, k -> new LongAdder()).increment();
				}
				if (status < 500) {
					return; // a wrong account: next student
				}
				sleep(100);
			}
			catch (Exception ex) {
				if (counted) {
					failed.increment();
					problems.computeIfAbsent(ex.getClass().getSimpleName(), k -> new LongAdder()).increment();
				}
				sleep(100);
			}
		}
	}

	static final List<String> REASONS = List.of("at-the-door", "queue-full", "timeout");

	/** The server's login timers and refusals, read from /actuator/metrics. */
	static Map<String, Double> metrics(HttpClient http, String base, String cookie) throws Exception {
		Map<String, Double> values = new java.util.HashMap<>();
		String[][] timers = { { "gate_wait", "xiaoan.login.gate.wait", "" },
				{ "hash", "xiaoan.login.password.check", "" },
				{ "hash_cpu", "xiaoan.login.password.check.cpu", "" },
				{ "server", "http.server.requests", "?tag=uri:/api/v1/session&tag=status:200" } };
		for (String[] t : timers) {
			String json = get(http, base + "/actuator/metrics/" + t[1] + t[2], cookie);
			values.put(t[0] + ".COUNT", statistic(json, "COUNT"));
			values.put(t[0] + ".TOTAL_TIME", statistic(json, "TOTAL_TIME"));
		}
		for (String reason : REASONS) {
			String json = get(http, base + "/actuator/metrics/xiaoan.login.gate.rejected?tag=reason:" + reason, cookie);
			values.put(reason + ".COUNT", statistic(json, "COUNT"));
		}
		return values;
	}

	static String get(HttpClient http, String url, String cookie) throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Cookie", "JSESSIONID=" + cookie)
			.build(), HttpResponse.BodyHandlers.ofString());
		return r.statusCode() == 200 ? r.body() : "";
	}

	static double statistic(String json, String name) {
		var m = java.util.regex.Pattern.compile("\\{\"statistic\":\"" + name + "\",\"value\":([0-9.Ee+-]+)\\}")
			.matcher(json);
		return m.find() ? Double.parseDouble(m.group(1)) : 0;
	}

	/** Busy jiffies of all cores (everything but idle and iowait), from /proc/stat. */
	static long[] machineJiffies() {
		try {
			String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long total = 0;
			for (int i = 1; i < f.length; i++) {
				total += Long.parseLong(f[i]);
			}
			return new long[] { total - Long.parseLong(f[4]) - Long.parseLong(f[5]), total };
		}
		catch (Exception ex) {
			return new long[] { 0, 0 };
		}
	}

	/** User + system jiffies of a process, from /proc/pid/stat. */
	static long processJiffies(long pid) {
		if (pid < 0) {
			return 0;
		}
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(f[11]) + Long.parseLong(f[12]);
		}
		catch (Exception ex) {
			return 0;
		}
	}

	static double pct(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))] / 1e6;
	}

	static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
