package cn.xiaoan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * A real SMS/e-mail gateway for the tests: a JDK HTTP server on a free port that records
 * every {@code {"accountIds":[…],"text":"…"}} posted to it; the shared test context's
 * {@code xiaoan.reminders.webhook-url} points at it (registered on {@link PlatformTest}).
 * {@link #failing(boolean)} makes it answer 503, as a gateway that is down.
 */
public final class ReminderReceiver {

	/** One post: the accounts and the text. */
	public record Post(List<Long> accountIds, String text) {
	}

	private static final List<Post> POSTS = new CopyOnWriteArrayList<>();

	private static final List<String> REFUSED = new CopyOnWriteArrayList<>();

	private static volatile boolean failing;

	private static final HttpServer SERVER = start();

	private ReminderReceiver() {
	}

	private static HttpServer start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			ObjectMapper json = new ObjectMapper();
			server.createContext("/reminders", exchange -> {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				if (failing) {
					REFUSED.add(body);
					exchange.sendResponseHeaders(503, -1);
				}
				else {
					JsonNode node = json.readTree(body);
					List<Long> ids = new java.util.ArrayList<>();
					node.get("accountIds").forEach(id -> ids.add(id.asLong()));
					POSTS.add(new Post(List.copyOf(ids), node.get("text").asString()));
					exchange.sendResponseHeaders(204, -1);
				}
				exchange.close();
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String url() {
		return "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/reminders";
	}

	/** Every post received so far whose text contains the fragment, in arrival order. */
	public static List<Post> postsMentioning(String fragment) {
		return POSTS.stream().filter(p -> p.text().contains(fragment)).toList();
	}

	/** How many posts containing the fragment were refused while failing. */
	public static long refusedMentioning(String fragment) {
		return REFUSED.stream().filter(body -> body.contains(fragment)).count();
	}

	public static void failing(boolean refuse) {
		failing = refuse;
	}

	/**
	 * Points the webhook channel at the receiver; one customizer, so one shared context.
	 */
	public static final class Factory implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<org.springframework.test.context.ContextConfigurationAttributes> attributes) {
			return new Customizer();
		}

	}

	private static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
				org.springframework.test.context.MergedContextConfiguration config) {
			TestPropertyValues.of("xiaoan.reminders.webhook-url=" + url()).applyTo(context);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}

	}

}
