package cn.xiaoan.exchange;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.xiaoan.browser.Browser;
import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.FormClient;
import cn.xiaoan.support.SecondInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A city whose county (this platform, with the demo) runs its own installation (ADR
 * 0075): the city's installation on its own database, with no hazards of its own, and
 * what the tests read off its pages.
 */
abstract class CityAboveFixture extends CountyBelowFixture {

	static final String PASSWORD = "Supervised-Weekly-2026";

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	@Autowired
	HazardManagement hazards;

	@Autowired
	MockMvc mvc;

	/**
	 * The city's installation (database {@code name}) with 藤县 and 桂林市 in its tree and a
	 * bureau account of each city; pushed by the test, not by its tick.
	 */
	ConfigurableApplicationContext city(String name) throws Exception {
		ConfigurableApplicationContext city = SecondInstance.startInstallation(database, name,
				"--xiaoan.exchange.installation=city", "--xiaoan.exchange.push-delay=PT1H",
				"--xiaoan.admin.initial-password=" + PASSWORD);
		JdbcClient above = city.getBean(JdbcClient.class);
		CityInstallation.seed(city);
		above.sql("""
				insert into org.region (code, name, level, parent_code)
				values ('450422', '藤县', 'COUNTY', '450400'), ('450300', '桂林市', 'CITY', '450000')""").update();
		CityInstallation.bureauAccount(city, "wz_admin");
		above.sql("""
				insert into people.account (username, password_hash, display_name, role, region_code)
				select 'gl_admin', password_hash, '桂林市教育局', 'BUREAU_ADMIN', '450300' from people.account
				where username = 'admin'""").update();
		above.sql("update people.account set must_change_password = false").update();
		return city;
	}

	static Matcher matched(Pattern pattern, String page) {
		Matcher m = pattern.matcher(page);
		assertThat(m.find()).as(pattern.pattern()).isTrue();
		return m;
	}

	static long count(String page, String text) {
		return page.split(Pattern.quote(text), -1).length - 1L;
	}

	FormClient signIn(ConfigurableApplicationContext city, String user) throws Exception {
		FormClient client = new FormClient(SecondInstance.port(city)).openLogin();
		client.login(user, PASSWORD);
		return client;
	}

	/**
	 * Planned (五落实, a major hazard's), rectified, accepted on site by 藤县's bureau (its
	 * 督办, which verifies it), closed.
	 */
	void closeBelow(long id) throws Exception {
		mvc.perform(put("/api/v1/hazards/{id}/plan", id).with(demo.as("safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"responsiblePerson\":\"张伟\",\"measures\":\"围墙加固\",\"fundsYuan\":800,\"deadline\":\""
					+ LocalDate.now(BEIJING).plusDays(5) + "\",\"contingencyPlan\":\"设警戒线\"}"))
			.andExpect(status().isOk());
		demo.runAs("safety", () -> {
			hazards.startRectification(id);
			hazards.completeRectification(id, "已加固");
		});
		mvc.perform(post("/api/v1/hazards/{id}/accept", id).with(demo.as("tx_safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"现场验收合格\"}")).andExpect(status().isOk());
		demo.runAs("principal", () -> hazards.close(id));
	}

	/** A hazard under 藤县's 督办 and the city's peer id here, which it went up through. */
	record SupervisedBelow(long hazard, long up) {
	}

	/**
	 * A major hazard of the demo's school listed for 督办 by 藤县's bureau, 藤县 linked to the
	 * city (as 藤县平台) and its open hazards pushed, until the city keeps it with its 督办.
	 */
	SupervisedBelow supervisedBelow(ConfigurableApplicationContext city, String title) throws Exception {
		long listed = county.supervisedMajor(mvc, title);
		long up = county.linkTo(city, "藤县平台");
		county.sendOpenHazards(up);
		SupervisedBelow below = new SupervisedBelow(listed, up);
		awaitAbove(city, below, "supervised_level is not null");
		return below;
	}

	/**
	 * Pushes what 藤县 queued for the city until the city keeps the hazard as
	 * {@code condition} (on {@code exchange.mirrored_hazard}) says.
	 */
	void awaitAbove(ConfigurableApplicationContext city, SupervisedBelow below, String condition) {
		JdbcClient above = city.getBean(JdbcClient.class);
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			drain(county.push, demo.jdbc(), below.up());
			return above.sql("select count(*) from exchange.mirrored_hazard where hazard_id = :h and " + condition)
				.param("h", below.hazard())
				.query(Long.class)
				.single() == 1;
		});
	}

	/** Closed below (as {@link #closeBelow}) and kept closed above. */
	void closedAbove(ConfigurableApplicationContext city, SupervisedBelow below) throws Exception {
		closeBelow(below.hazard());
		awaitAbove(city, below, "status = 'CLOSED'");
	}

	/** The city official's pages at desk and phone width, into target/screenshots. */
	static void screenshots(int cityPort, String name, String... paths) throws Exception {
		if (!Browser.available()) {
			return;
		}
		for (int[] size : new int[][] { { 1366, 2000 }, { 390, 3600 } }) {
			try (Browser browser = new Browser(cityPort, size[0], size[1])) {
				browser.login("wz_admin", PASSWORD);
				for (String path : paths) {
					browser.open(path);
					String page = path.equals("/") ? "home" : path.substring(1).replace('/', '-');
					browser.screenshot("exchange-" + name + "-" + page + "-" + size[0]);
				}
			}
		}
	}

}
