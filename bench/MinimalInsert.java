import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Same-run reference of bench/quiz-profile.sh (issue 16): the least an HTTP endpoint can
 * do for a quiz submission — the JDK's HTTP server, a fixed pool of JDBC connections and
 * one INSERT, the very statement pgbench runs as the plain-insert reference. No security,
 * no framework, no JSON library: it reads the body, takes the submission id out of it
 * with a regular expression, inserts, and answers the id as JSON, so the same wrk script
 * drives it and counts acknowledgements the same way. Not part of the product (ADR 0049).
 *
 * Run: java -cp postgresql.jar bench/MinimalInsert.java port jdbc-url user password
 * [connections] [threads]
 */
public class MinimalInsert {

	static final Pattern SUBMISSION = Pattern.compile("\"submissionId\":\"([0-9a-f-]{36})\"");

	static final String INSERT = "insert into bench_plain (account_id, lesson_id, score, answers) "
			+ "values (?, 1, 80, '{\"1\": [0], \"2\": [1]}'::jsonb)";

	public static void main(String[] args) throws Exception {
		// The JDK's server writes the headers and the body of an answer separately; without TCP_NODELAY the
		// second write waits for the client's delayed ACK (40 ms), so the rate was bound by latency, not work.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		int port = Integer.parseInt(args[0]);
		int connections = args.length > 4 ? Integer.parseInt(args[4]) : 20;
		int threads = args.length > 5 ? Integer.parseInt(args[5]) : 64;
		BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(connections);
		for (int i = 0; i < connections; i++) {
			pool.add(DriverManager.getConnection(args[1], args[2], args[3]));
		}
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
		server.setExecutor(Executors.newFixedThreadPool(threads));
		server.createContext("/", exchange -> handle(exchange, pool));
		server.start();
		System.out.println("minimal insert endpoint on port " + port);
	}

	static void handle(HttpExchange exchange, BlockingQueue<Connection> pool) throws IOException {
		String body;
		try (InputStream in = exchange.getRequestBody()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Matcher m = SUBMISSION.matcher(body);
		int status = 200;
		String answer;
		if (!m.find()) {
			status = 400;
			answer = "{\"title\":\"no submissionId\"}";
		}
		else {
			answer = "{\"submissionId\":\"" + m.group(1) + "\",\"score\":80,\"passed\":true}";
			Connection c = null;
			try {
				c = pool.take();
				try (PreparedStatement s = c.prepareStatement(INSERT)) {
					s.setLong(1, m.group(1).hashCode() & 0xffffff);
					s.executeUpdate();
				}
			}
			catch (SQLException | InterruptedException ex) {
				status = 500;
				answer = "{\"title\":\"" + ex.getClass().getSimpleName() + "\"}";
			}
			finally {
				if (c != null) {
					pool.add(c);
				}
			}
		}
		byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
