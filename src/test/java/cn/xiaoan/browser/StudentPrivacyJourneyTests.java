package cn.xiaoan.browser;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A principal opens a student: the number masked, an audited reveal, guardian consent,
 * leaving and the export; the transfer requests; a parent gives consent — on a phone and
 * on a desktop (ADR 0014).
 */
@PlatformTest
class StudentPrivacyJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Demo demo;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	cn.xiaoan.people.privacy.PersonalDataCipher cipher;

	/** Another province's school enrols a student of the principal's school. */
	private void anotherSchoolEnrolsAStudentOf(long school) throws Exception {
		byte[] card = demo.jdbc()
			.sql("select id_card_enc from people.student where school_id = :s and id_card_enc is not null"
					+ " and left_on is null and not claim_pending order by id offset 40 limit 1")
			.param("s", school)
			.query(byte[].class)
			.single();
		long own = demo.schoolOf("principal2");
		long classId = demo.jdbc()
			.sql("select id from org.school_class where school_id = :s order by id limit 1")
			.param("s", own)
			.query(Long.class)
			.single();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/schools/{id}/students", own)
			.with(demo.as("principal2"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"classId\": %d, \"studentNo\": \"J%d\", \"name\": \"韦小宝\", \"idCard\": \"%s\"}"
				.formatted(classId, System.nanoTime() % 1_000_000_000L, cipher.decrypt(card))))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
	}

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(),
				"Debian chromium and chromium-driver are needed (apt-get install chromium chromium-driver)");
	}

	@Test
	void aPrincipalRevealsAnIdNumberAndSeesConsentAndAParentAnswersOnAPhoneAndADesktop() throws Exception {
		long child = demo.studentOf("parent");
		long school = demo.schoolOf("principal");
		anotherSchoolEnrolsAStudentOf(school);
		// the demo child goes to a senior high school: make them 10 so that consent
		// applies
		demo.jdbc()
			.sql("update people.student set birth_date = current_date - interval '10 years' where id = :c")
			.param("c", child)
			.update();
		for (int[] size : new int[][] { { 390, 844 }, { 1366, 900 } }) {
			String device = size[0] < 800 ? "phone" : "desktop";
			try (Browser browser = new Browser(port, size[0], size[1])) {
				browser.login("principal", Demo.PASSWORD);
				browser.open("/students/" + child);
				assertThat(browser.text()).contains("4504**************")
					.contains("查看完整身份证号")
					.contains("导出个人信息副本")
					.contains("监护人同意（未满十四周岁）");
				browser.click("#reveal-id-card");
				browser.waitFor(d -> !d.findElements(org.openqa.selenium.By.id("id-card-revealed")).isEmpty());
				assertThat(browser.find("#id-card-revealed").getText()).matches("\\d{17}[\\dX]");
				browser.screenshot("privacy-01-student-revealed-" + device);
				browser.open("/schools/" + school + "/student-transfers");
				assertThat(browser.text()).contains("学生转出申请").contains("师宗").contains("同意转出");
				browser.screenshot("privacy-02-transfer-requests-" + device);
			}
			try (Browser browser = new Browser(port, size[0], size[1])) {
				browser.login("parent", Demo.PASSWORD);
				browser.open("/me");
				assertThat(browser.text()).contains("导出个人信息副本").contains("孩子未满十四周岁");
				browser.screenshot("privacy-03-parent-consent-" + device);
				if (!browser.present(org.openqa.selenium.By.id("give-consent-" + child)).isEmpty()) {
					browser.submit("#give-consent-" + child);
				}
				assertThat(browser.text()).contains("监护人已同意");
				browser.screenshot("privacy-04-parent-consented-" + device);
			}
		}
	}

}
