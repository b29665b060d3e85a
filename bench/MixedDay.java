import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The officials and inspectors of a campaign evening (bench/mixed-day.sh runs the quiz submissions beside it with
 * wrk). Each official is a signed-in browser session (POST /api/v1/session, then the session cookie) opening
 * pages in turn with a think time between them; each inspector is a bureau official's session making a spot
 * check of a school (POST /api/v1/inspections/spot-checks), reading the task and signing it with every item
 * passed (POST /api/v1/inspections/tasks/{id}/submission, X-CSRF-TOKEN), then thinking. Every request is timed
 * from send to the last byte of the answer; requests answered with anything but 2xx count as errors.
 * Usage: java bench/MixedDay.java base-url password seconds think-ms officials-file inspectors-file
 *   officials-file: one line per official session, "username label=/path label=/path ..."
 *   inspectors-file: one line per inspector session, "username schoolId schoolId ..."
 * Prints "RESULT kind=<label> n=.. errors=.. p50=.. p95=.. p99=.. max=.." lines (milliseconds).
 */
public class MixedDay {

	static final Map<String, List<Long>> times = new ConcurrentHashMap<>();

	static final Map<String, Integer> errors = new ConcurrentHashMap<>();

	static final Pattern CSRF = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

	static final Pattern TASK_ID = Pattern.compile("^\\{\"id\":(\\d+)");

	static final Pattern ITEM_ID = Pattern.compile("\"itemId\":(\\d+)");

	static volatile boolean stopped;

	public static void main(String[] args) throws Exception {
		String base = args[0], password = args[1];
		long seconds = Long.parseLong(args[2]), think = Long.parseLong(args[3]);
		List<Thread> threads = new ArrayList<>();
		for (String line : lines(args[4])) {
			String[] f = line.trim().split("\\s+");
			threads.add(new Thread(() -> official(base, f[0], password, think, f)));
		}
		for (String line : lines(args[5])) {
			String[] f = line.trim().split("\\s+");
			threads.add(new Thread(() -> inspector(base, f[0], password, think, f)));
		}
		threads.forEach(Thread::start);
		Thread.sleep(seconds * 1000);
		stopped = true;
		for (Thread t : threads) {
			t.join(30_000);
		}
		for (var e : new TreeMap<>(times).entrySet()) {
			List<Long> xs = new ArrayList<>(e.getValue());
			Collections.sort(xs);
			System.out.printf("RESULT kind=%s n=%d errors=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f%n", e.getKey(),
					xs.size(), errors.getOrDefault(e.getKey(), 0), pct(xs, 50), pct(xs, 95), pct(xs, 99),
					xs.isEmpty() ? 0 : xs.get(xs.size() - 1) / 1e6);
		}
		for (var e : errors.entrySet()) {
			if (!times.containsKey(e.getKey())) {
				System.out.printf("RESULT kind=%s n=0 errors=%d p50=0 p95=0 p99=0 max=0%n", e.getKey(), e.getValue());
			}
		}
		System.exit(0);
	}

	static List<String> lines(String file) throws Exception {
		return Files.readAllLines(Path.of(file)).stream().filter(s -> !s.isBlank()).toList();
	}

	static double pct(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
	}

	record Session(HttpClient http, String csrf) {
	}

	static Session signIn(String base, String username, String password) {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String body = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
		for (int attempt = 0; attempt < 20; attempt++) {
			try {
				HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() == 200) {
					Matcher m = CSRF.matcher(r.body());
					return new Session(http, m.find() ? m.group(1) : "");
				}
				Thread.sleep(1000);
			}
			catch (Exception e) {
				sleep(1000);
			}
		}
		throw new IllegalStateException("cannot sign in as " + username);
	}

	/** One timed request; the answer's body, or null when it was not 2xx (counted as an error of the kind). */
	static String timed(String kind, Session s, HttpRequest.Builder request) {
		long t0 = System.nanoTime();
		try {
			HttpResponse<String> r = s.http()
				.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
			long t = System.nanoTime() - t0;
			if (r.statusCode() / 100 != 2) {
				errors.merge(kind, 1, Integer::sum);
				if (errors.get(kind) <= 3) {
					System.err.println(kind + " " + r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length())));
				}
				return null;
			}
			times.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(t);
			return r.body();
		}
		catch (Exception e) {
			errors.merge(kind, 1, Integer::sum);
			return null;
		}
	}

	static void official(String base, String username, String password, long think, String[] pages) {
		Session s = signIn(base, username, password);
		int i = ThreadLocalRandom.current().nextInt(pages.length - 1);
		while (!stopped) {
			String[] page = pages[1 + i++ % (pages.length - 1)].split("=", 2);
			timed("page " + page[0], s, HttpRequest.newBuilder(URI.create(base + page[1])).GET());
			sleep(think);
		}
	}

	static void inspector(String base, String username, String password, long think, String[] schools) {
		Session s = signIn(base, username, password);
		while (!stopped) {
			String school = schools[1 + ThreadLocalRandom.current().nextInt(schools.length - 1)];
			String task = timed("inspection spot check", s, json(base + "/api/v1/inspections/spot-checks", s,
					"{\"schoolId\":" + school + ",\"categories\":[\"FIRE\",\"SECURITY\"]}"));
			Matcher id = task == null ? null : TASK_ID.matcher(task);
			if (id == null || !id.find()) {
				sleep(think);
				continue;
			}
			String detail = timed("inspection task", s,
					HttpRequest.newBuilder(URI.create(base + "/api/v1/inspections/tasks/" + id.group(1))).GET());
			if (detail == null) {
				continue;
			}
			sleep(think);
			StringBuilder answers = new StringBuilder();
			Matcher item = ITEM_ID.matcher(detail);
			while (item.find()) {
				answers.append(answers.length() == 0 ? "" : ",")
					.append("{\"itemId\":")
					.append(item.group(1))
					.append(",\"result\":\"PASS\"}");
			}
			timed("inspection submission", s, json(base + "/api/v1/inspections/tasks/" + id.group(1) + "/submission",
					s, "{\"confirmed\":true,\"answers\":[" + answers + "]}"));
			sleep(think);
		}
	}

	static HttpRequest.Builder json(String url, Session s, String body) {
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", s.csrf())
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
