package cn.xiaoan.platform;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * "Remember this phone" on the login page keeps the sign-in NAME in a cookie, so the form
 * comes prefilled; the session itself still ends after the idle timeout. The cookie goes
 * only to the login page and is not readable by scripts; over HTTPS (or with
 * {@code xiaoan.secure-cookies}) it is Secure, like the session cookie.
 */
@Component
class LoginName {

	static final String COOKIE = "xiaoan-login-name";

	static final String PARAMETER = "remember";

	private static final Duration KEPT = Duration.ofDays(180);

	private final boolean alwaysSecure;

	LoginName(@Value("${xiaoan.secure-cookies:false}") boolean alwaysSecure) {
		this.alwaysSecure = alwaysSecure;
	}

	/** After a successful form sign-in: keep the name when asked, forget it otherwise. */
	void rememberOrForget(HttpServletRequest request, HttpServletResponse response) {
		String name = request.getParameter("username");
		boolean keep = request.getParameter(PARAMETER) != null && name != null && !name.isBlank();
		ResponseCookie cookie = ResponseCookie
			.from(COOKIE, keep ? URLEncoder.encode(name.trim(), StandardCharsets.UTF_8) : "")
			.path(request.getContextPath() + "/login")
			.maxAge(keep ? KEPT : Duration.ZERO)
			.httpOnly(true)
			.secure(request.isSecure() || alwaysSecure)
			.sameSite("Lax")
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	/** The remembered name, or empty. */
	String remembered(HttpServletRequest request) {
		var cookie = WebUtils.getCookie(request, COOKIE);
		if (cookie == null || cookie.getValue() == null || cookie.getValue().length() > 200) {
			return "";
		}
		try {
			String name = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8).trim();
			return name.length() <= 64 ? name : "";
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

}
