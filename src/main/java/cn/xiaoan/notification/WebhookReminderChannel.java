package cn.xiaoan.notification;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Hands reminders to an SMS/e-mail gateway of the province as JSON
 * ({@code {"accountIds":[…],"text":"…"}}) when {@code xiaoan.reminders.webhook-url} is
 * set; the gateway looks up phone numbers and addresses itself. Synchronous: a refusal or
 * an unreachable gateway throws, so the batch stays in the event publication registry.
 */
@Component
@ConditionalOnProperty("xiaoan.reminders.webhook-url")
class WebhookReminderChannel implements ReminderChannel {

	private static final Logger log = LoggerFactory.getLogger(WebhookReminderChannel.class);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	private final URI url;

	private final ObjectMapper json;

	WebhookReminderChannel(@Value("${xiaoan.reminders.webhook-url}") String url, ObjectMapper json) {
		this.url = URI.create(url);
		this.json = json;
	}

	@Override
	public void send(List<Long> accountIds, String text) {
		String body = json.writeValueAsString(Map.of("accountIds", accountIds, "text", text));
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(Duration.ofSeconds(5))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		int status;
		try {
			status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("reminder gateway " + url + " unreachable: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while sending reminders", ex);
		}
		if (status >= 300) {
			log.warn("Reminder gateway {} refused {} reminders: HTTP {}", url, accountIds.size(), status);
			throw new IllegalStateException("reminder gateway " + url + " answered HTTP " + status);
		}
	}

}
