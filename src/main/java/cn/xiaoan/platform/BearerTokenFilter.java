package cn.xiaoan.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer xa_...} API requests; a bad token is a 401
 * at once. Tokens are for the API (and the actuator's metrics) only: a page or form
 * request carrying one is refused with 403, never served, so a token cannot stand in for
 * a session on the HTML forms, which are protected by CSRF tokens.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final BearerTokens tokens;

	BearerTokenFilter(BearerTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			if (!forTokens(request)) {
				response.setStatus(HttpStatus.FORBIDDEN.value());
				response.setContentType("application/problem+json");
				response.getWriter()
					.write("{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"bearer tokens are for /api/ only\"}");
				return;
			}
			var user = tokens.authenticate(header.substring(7).trim());
			if (user.isEmpty()) {
				response.setStatus(HttpStatus.UNAUTHORIZED.value());
				response.setContentType("application/problem+json");
				response.getWriter()
					.write("{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"invalid or expired token\"}");
				return;
			}
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(new CallerAuthentication(user.get()));
			SecurityContextHolder.setContext(context);
			chain.doFilter(new Sessionless(request), response);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * A token call sees no session, even when the client also sends a session cookie:
	 * sessions live in PostgreSQL (ADR 0046), and a look-up there (Spring MVC's flash
	 * maps ask on every request) would read and rewrite the session row on the hot path
	 * (ADR 0049).
	 */
	static final class Sessionless extends HttpServletRequestWrapper {

		Sessionless(HttpServletRequest request) {
			super(request);
		}

		@Override
		public HttpSession getSession(boolean create) {
			if (create) {
				throw new IllegalStateException("a bearer-token call keeps no session");
			}
			return null;
		}

		@Override
		public HttpSession getSession() {
			return getSession(true);
		}

		@Override
		public String getRequestedSessionId() {
			return null;
		}

		@Override
		public boolean isRequestedSessionIdValid() {
			return false;
		}

	}

	static boolean forTokens(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/actuator/");
	}

}
