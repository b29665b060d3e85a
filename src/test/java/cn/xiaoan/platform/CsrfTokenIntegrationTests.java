package cn.xiaoan.platform;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.FormClient;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form's CSRF token counts in the form body or the header, not in the query string,
 * where it would be logged and leak through Referer.
 */
@PlatformTest
class CsrfTokenIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aCsrfTokenInTheQueryStringIsRefused() throws Exception {
		FormClient client = new FormClient(port).openLogin();
		client.login("cx_safety", Demo.PASSWORD);
		client.get("/account/password");
		String token = FormClient.encode(client.csrfToken());
		String form = "current=Wrong%23Pass1&replacement=Changed%232026x&confirmation=Changed%232026x";

		assertThat(client.postAsIs("/account/password?_csrf=" + token, form).statusCode()).isEqualTo(403);
		assertThat(client.postAsIs("/account/password?_csrf=" + token, form + "&_csrf=" + token).statusCode())
			.isEqualTo(403);
		// the same token in the body is taken (the wrong current password is then a form
		// error)
		assertThat(client.postAsIs("/account/password", form + "&_csrf=" + token).statusCode()).isEqualTo(302);
	}

}
