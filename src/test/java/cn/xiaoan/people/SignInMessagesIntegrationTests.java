package cn.xiaoan.people;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.FormClient;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in page after a refused password says how many attempts are left, or that the
 * account is locked and until when, keeps the typed name, and answers a name without an
 * account in exactly the same way (ADR 0022).
 */
@PlatformTest
class SignInMessagesIntegrationTests {

	private static final Pattern REFUSAL = Pattern
		.compile("<div class=\"alert alert-danger\" id=\"login-refused\"[^>]*>(.*?)</div>\\s*<form", Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@Test
	void lockoutSaysAttemptsLeftAndWhenItLifts() throws Exception {
		List<String> pages = attempts("lx_admin", "wrong-1", "wrong-2", "wrong-3", "wrong-4", "wrong-5", Demo.PASSWORD);
		try {
			assertThat(text(pages.get(0))).contains("用户名或密码错误").contains("再输错 4 次");
			assertThat(text(pages.get(3))).contains("再输错 1 次");
			String lockedUntil = demo.jdbc()
				.sql("select to_char(locked_until at time zone 'Asia/Shanghai', 'HH24:MI') from people.account where username = 'lx_admin'")
				.query(String.class)
				.single();
			assertThat(text(pages.get(4))).contains("账号已被锁定").contains(lockedUntil + " 自动解锁").doesNotContain("再输错");
			// the right password while locked: still "locked", not "wrong password"
			assertThat(text(pages.get(5))).contains("账号已被锁定").contains(lockedUntil).doesNotContain("用户名或密码错误");
			assertThat(pages).allSatisfy(page -> assertThat(page).contains("value=\"lx_admin\"")
				.doesNotContain("wrong-")
				.contains("id=\"forgot-password\""));
		}
		finally {
			demo.jdbc()
				.sql("update people.account set locked_until = null, failed_attempts = 0, attempts_since = null where username = 'lx_admin'")
				.update();
		}
	}

	@Test
	void unknownUserLooksLikeKnownUser() throws Exception {
		List<String> known = attempts("cw_admin", "wrong-1", "wrong-2", "wrong-3", "wrong-4", "wrong-5", Demo.PASSWORD);
		List<String> unknown = attempts("cw_nobody", "wrong-1", "wrong-2", "wrong-3", "wrong-4", "wrong-5",
				Demo.PASSWORD);
		try {
			for (int i = 0; i < known.size(); i++) {
				assertThat(comparable(unknown.get(i))).as("attempt %d", i + 1).isEqualTo(comparable(known.get(i)));
			}
			assertThat(text(unknown.get(4))).contains("账号已被锁定");
		}
		finally {
			demo.jdbc()
				.sql("update people.account set locked_until = null, failed_attempts = 0, attempts_since = null where username = 'cw_admin'")
				.update();
		}
	}

	/** Each attempt from a fresh login page; the page shown after it. */
	private List<String> attempts(String username, String... passwords) throws Exception {
		FormClient client = new FormClient(port);
		List<String> pages = new ArrayList<>();
		for (String password : passwords) {
			client.openLogin();
			HttpResponse<String> refused = client.login(username, password);
			assertThat(refused.statusCode()).isEqualTo(302);
			assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/login?error");
			pages.add(client.get("/login?error").body());
		}
		return pages;
	}

	private static String text(String page) {
		Matcher m = REFUSAL.matcher(page);
		assertThat(m.find()).as("the refusal is shown").isTrue();
		return m.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim();
	}

	/** The refusal with the name and the clock time taken out. */
	private static String comparable(String page) {
		return text(page).replaceAll("\\d{2}:\\d{2}", "HH:mm").replaceAll("约 \\d+ 分钟", "约 N 分钟");
	}

}
