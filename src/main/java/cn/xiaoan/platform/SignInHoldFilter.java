package cn.xiaoan.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the {@link SignInHold} is held: the login page (and its static files, and the
 * health probes) serve; an API call gets 503 with {@code Retry-After} as a ProblemDetail;
 * anything else — a sign-in, a public form — goes back to the login page, which says why.
 * Ahead of Spring Security, like the login admission.
 */
class SignInHoldFilter extends OncePerRequestFilter {

	static final long RETRY_SECONDS = 5;

	private static final List<String> OPEN = List.of("/webjars/", "/css/", "/js/", "/img/", "/actuator/health",
			"/favicon.ico", "/error");

	private final SignInHold hold;

	SignInHoldFilter(SignInHold hold) {
		this.hold = hold;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!hold.held()) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ("GET".equals(request.getMethod()) && "/login".equals(path)) || OPEN.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_SECONDS));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
						+ "\"detail\":\"the installation is still being prepared\"}");
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_SECONDS));
		response.sendRedirect(request.getContextPath() + "/login");
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** Ahead of the login admission and of Spring Security. */
		@Bean
		FilterRegistrationBean<SignInHoldFilter> signInHoldFilter(SignInHold hold) {
			var registration = new FilterRegistrationBean<>(new SignInHoldFilter(hold));
			registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20);
			return registration;
		}

	}

}
