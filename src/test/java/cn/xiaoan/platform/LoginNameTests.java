package cn.xiaoan.platform;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The remembered sign-in name is a Secure cookie over HTTPS or when the setting says so.
 */
class LoginNameTests {

	private static String cookieAfterSignIn(LoginName loginName, boolean https) {
		var request = new MockHttpServletRequest("POST", "/login");
		request.setSecure(https);
		request.setParameter("username", "parent");
		request.setParameter(LoginName.PARAMETER, "on");
		var response = new MockHttpServletResponse();
		loginName.rememberOrForget(request, response);
		return response.getHeader("Set-Cookie");
	}

	@Test
	void theNameCookieIsSecureOverHttpsOrWhenConfigured() {
		assertThat(cookieAfterSignIn(new LoginName(false), false)).doesNotContain("Secure");
		assertThat(cookieAfterSignIn(new LoginName(false), true)).contains("Secure");
		assertThat(cookieAfterSignIn(new LoginName(true), false)).contains("Secure");
	}

}
