package cn.xiaoan.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database cannot be reached (restarting, failing over, the pool exhausted
 * waiting for it) a request answers 503 with {@code Retry-After}, never a 500: a
 * ProblemDetail for the API, a plain page for a browser. Outermost filter, so an outage
 * met by the security filters (session, token and account lookups) is answered the same
 * way; the answer itself needs no database (no menu, no session lookup).
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	/** Seconds a client should wait: a restart or a fail-over takes a few. */
	static final int RETRY_AFTER_SECONDS = 5;

	/** HikariCP's message for a connection it has already closed, with no SQL state. */
	private static final String CLOSED = "Connection is closed";

	private final MessageSource messages;

	private final LocaleResolver locales;

	DatabaseOutageFilter(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!isOutage(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
					rootMessage(ex));
			answer(request, response);
		}
	}

	/** Whether the failure is the database being out of reach, not a bad statement. */
	static boolean isOutage(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof TransientDataAccessResourceException
					|| t instanceof SQLTransientConnectionException) {
				return true;
			}
			if (t instanceof TransactionSystemException tx
					&& (tx.getOriginalException() != null && isOutage(tx.getOriginalException())
							|| tx.getCause() instanceof SQLException sql && CLOSED.equals(sql.getMessage()))) {
				// the rollback after a lost connection fails on the pool's closed
				// connection (the fault test)
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				// connection exceptions; admin/crash shutdown, cannot connect now
				return true;
			}
		}
		return false;
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		Locale locale = locales.resolveLocale(request);
		String title = messages.getMessage("error.unavailable.title", null, "Service unavailable", locale);
		String detail = messages.getMessage("error.unavailable", null, "Please try again shortly.", locale);
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (path.startsWith("/api/") || (accept != null && accept.contains("json"))) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\""
						+ json(detail) + "\",\"instance\":\"" + json(path) + "\"}");
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage()
					+ "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
					+ "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\"><title>"
					+ HtmlUtils.htmlEscape(title)
					+ "</title></head><body style=\"font-family:sans-serif;margin:2rem\"><h1>"
					+ HtmlUtils.htmlEscape(title) + "</h1><p id=\"unavailable\">" + HtmlUtils.htmlEscape(detail)
					+ "</p></body></html>");
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	private static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		return t.getClass().getSimpleName() + ": " + t.getMessage();
	}

}
