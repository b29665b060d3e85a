package cn.xiaoan.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser over real HTTP without the browser: its own cookies, no redirects followed,
 * the CSRF token taken from the last page that had one (form field or meta tag).
 */
public final class FormClient {

	private static final Pattern CSRF = Pattern
		.compile("(?:name=\"_csrf\" value=\"([^\"]+)\"|<meta name=\"_csrf\" content=\"([^\"]+)\")");

	/** What a browser accepts. */
	private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	private String csrf;

	private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

	public FormClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * Sends the header with every request from now on (e.g. a proxy's X-Forwarded-For).
	 */
	public FormClient withHeader(String name, String value) {
		headers.put(name, value);
		return this;
	}

	/** The CSRF token of the last page that had one. */
	public String csrfToken() {
		return csrf;
	}

	/** Opens the login page (for its CSRF token); sign in with {@link #login}. */
	public FormClient openLogin() throws IOException, InterruptedException {
		get("/login");
		return this;
	}

	/** Posts the login form from the login page opened before. */
	public HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
		return post("/login", "username=" + encode(username) + "&password=" + encode(password));
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
		Matcher m = CSRF.matcher(response.body());
		if (m.find()) {
			csrf = m.group(1) != null ? m.group(1) : m.group(2);
		}
		return response;
	}

	/** A download's bytes (an export, a PDF). */
	public byte[] bytes(String path) throws IOException, InterruptedException {
		return http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
	}

	/** Posts a form with the CSRF token of the last page. */
	public HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
		return postAsIs(path, form + (csrf == null ? "" : "&_csrf=" + encode(csrf)));
	}

	/** Posts the form as given, without adding a CSRF token. */
	public HttpResponse<String> postAsIs(String path, String form) throws IOException, InterruptedException {
		return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", ACCEPT);
		headers.forEach(request::header);
		return request;
	}

	/** The session cookie's value now (null before there is a session). */
	public String sessionId() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/** Replaces the session cookie, e.g. with an id the client had before. */
	public void useSession(String id) {
		cookies.getCookieStore().removeAll();
		HttpCookie cookie = new HttpCookie("JSESSIONID", id);
		cookie.setPath("/");
		cookie.setVersion(0);
		cookies.getCookieStore().add(URI.create(base), cookie);
	}

	public static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
