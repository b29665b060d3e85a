package cn.xiaoan.platform;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Who may read {@code /actuator/prometheus} (ADR 0053): a scraper on the same host, or a
 * system administrator (signed in, or an API token of such an account). Never the public:
 * a request through a reverse proxy on this host carries the client's address (the proxy
 * is trusted, {@code xiaoan.trusted-proxies}), and one still carrying a forwarding header
 * was not rewritten — it is not taken for a local one.
 */
final class MetricsScrapers implements AuthorizationManager<RequestAuthorizationContext> {

	static final String PATH = "/actuator/prometheus";

	private static final List<IpAddressMatcher> LOCAL = List.of(new IpAddressMatcher("127.0.0.0/8"),
			new IpAddressMatcher("::1"));

	private static final List<String> FORWARDING = List.of("X-Forwarded-For", "Forwarded", "X-Real-IP");

	static AuthorizationManager<RequestAuthorizationContext> localOrSystemAdmin() {
		return AuthorizationManagers.anyOf(new MetricsScrapers(),
				AuthorityAuthorizationManager.hasRole("SYSTEM_ADMIN"));
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(local(context.getRequest()));
	}

	static boolean local(HttpServletRequest request) {
		if (FORWARDING.stream().anyMatch(h -> request.getHeader(h) != null)) {
			return false;
		}
		String address = request.getRemoteAddr();
		return LOCAL.stream().anyMatch(m -> m.matches(address));
	}

}
