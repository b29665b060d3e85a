package cn.xiaoan.platform;

import java.io.IOException;
import java.time.Instant;

import cn.xiaoan.shared.Callers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account was disabled, moved to another school, given another role
 * or scope, or whose password was changed, reset or locked out since it signed in: the
 * session carries the caller as it was, so without this a disabled teacher would go on
 * working until the session times out. Bearer tokens are checked by their own lookup.
 */
class SignedInAccountFilter extends OncePerRequestFilter {

	private final SignedInAccounts accounts;

	SignedInAccountFilter(SignedInAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var user = Callers.currentOrNull();
		boolean session = !(SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication);
		var existing = request.getSession(false);
		if (user != null && session && !accounts.unchangedSinceSignIn(user,
				existing == null ? Instant.now() : SignedInAccounts.signedInAt(existing))) {
			if (existing != null) {
				existing.invalidate();
			}
			SecurityContextHolder.clearContext();
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (path.startsWith("/api/")) {
				response.setStatus(HttpStatus.UNAUTHORIZED.value());
				response.setContentType("application/problem+json");
				response.getWriter()
					.write("{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"the account has changed; sign in again\"}");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/login?changed");
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
