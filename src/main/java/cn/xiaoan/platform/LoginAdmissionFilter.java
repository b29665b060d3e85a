package cn.xiaoan.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses a sign-in on arrival, before the security filters and before the account is
 * looked up, while the {@link PasswordCheckGate} has neither a free slot nor room in its
 * queue: the form sees the login page again with 429, the API a ProblemDetail 429; both
 * with {@code Retry-After}. Registered ahead of Spring Security so that a refusal costs
 * next to nothing.
 */
class LoginAdmissionFilter extends OncePerRequestFilter {

	private final PasswordCheckGate gate;

	private final MessageSource messages;

	private final LocaleResolver locales;

	LoginAdmissionFilter(PasswordCheckGate gate, MessageSource messages, LocaleResolver locales) {
		this.gate = gate;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"/login".equals(path) && !SessionController.PATH.equals(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			gate.requireRoom();
		}
		catch (LoginOverloaded ex) {
			if (request.getRequestURI().endsWith(SessionController.PATH)) {
				String detail = messages.getMessage("login.busy", null, "Too many sign-ins",
						locales.resolveLocale(request));
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.getWriter()
					.write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\""
							+ detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"instance\":\""
							+ SessionController.PATH + "\"}");
			}
			else {
				ex.showLoginPageAgain(request, response);
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
