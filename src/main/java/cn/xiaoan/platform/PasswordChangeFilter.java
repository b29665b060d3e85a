package cn.xiaoan.platform;

import java.io.IOException;

import cn.xiaoan.shared.Callers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/** Accounts with an initial password may do nothing but change it. */
class PasswordChangeFilter extends OncePerRequestFilter {

	static final String CHANGE_PAGE = "/account/password";

	/** The same for apps: {@code PUT} the new password as JSON. */
	static final String CHANGE_API = "/api/v1/me/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var user = Callers.currentOrNull();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (user != null && user.mustChangePassword() && !allowed(path)) {
			if (path.startsWith("/api/")) {
				response.sendError(HttpServletResponse.SC_FORBIDDEN, "password change required");
			}
			else {
				response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(String path) {
		return path.equals(CHANGE_PAGE) || path.equals(CHANGE_API) || path.equals("/logout")
				|| path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/error");
	}

}
