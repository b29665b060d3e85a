package cn.xiaoan.platform;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Takes the CSRF token from the {@code X-CSRF-TOKEN} header or the form body, never from
 * the query string: a token in a URL ends up in proxy and server logs, the browser
 * history and {@code Referer} headers. A request with {@code _csrf} in its query string
 * and no header is refused, even if its body has the token as well.
 */
class HeaderOrBodyCsrfTokens implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		delegate.handle(request, response, csrfToken);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		if (request.getHeader(csrfToken.getHeaderName()) == null
				&& inQuery(request.getQueryString(), csrfToken.getParameterName())) {
			return null;
		}
		return delegate.resolveCsrfTokenValue(request, csrfToken);
	}

	static boolean inQuery(String query, String name) {
		if (query == null) {
			return false;
		}
		for (String pair : query.split("&")) {
			String key = pair.split("=", 2)[0];
			try {
				if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
					return true;
				}
			}
			catch (IllegalArgumentException ex) {
				if (key.equals(name)) {
					return true;
				}
			}
		}
		return false;
	}

}
