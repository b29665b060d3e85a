package cn.xiaoan.people;

import java.net.http.HttpResponse;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.FormClient;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.RefusedForms;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The password rules wherever a password is set, with a clear answer (never a 500), and
 * the administrators' forced change once their password has expired.
 */
@PlatformTest
class PasswordRulesIntegrationTests {

	static final String THIRTY_CHINESE = "平安校园".repeat(7) + "安全Ab1";

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@LocalServerPort
	int port;

	private long account(String username, String role, String region) throws Exception {
		AccountIntegrationTests
			.create(mvc, demo, "tx_admin",
					"""
							{"username":"%s","displayName":"藤县 账号","role":"%s","regionCode":"%s","initialPassword":"Start2026a"}"""
						.formatted(username, role, region))
			.andExpect(status().isCreated());
		return demo.jdbc()
			.sql("update people.account set must_change_password = false where username = :u returning id")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	@Test
	void aPasswordOfThirtyChineseCharactersIsA400NotA500() throws Exception {
		account("tx_pw_long", "BUREAU_SAFETY_OFFICER", "450422");
		mvc.perform(put(PasswordApi.PATH).with(demo.as("tx_pw_long"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"current":"Start2026a","replacement":"%s","confirmation":"%s"}""".formatted(THIRTY_CHINESE,
					THIRTY_CHINESE)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.replacement").value("密码过长：最多72字节（1个汉字占3字节，约24个汉字），请缩短"));
		String page = RefusedForms.shownAfter(mvc, demo.as("tx_pw_long"), "/account/password",
				post("/account/password").param("current", "Start2026a")
					.param("replacement", THIRTY_CHINESE)
					.param("confirmation", THIRTY_CHINESE));
		assertThat(page).contains("密码过长：最多72字节");
	}

	@Test
	void signingInWithMoreThanSeventyTwoBytesFailsLikeAWrongPassword() throws Exception {
		account("tx_pw_login", "BUREAU_SAFETY_OFFICER", "450422");
		mvc.perform(post("/api/v1/session").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"tx_pw_login\",\"password\":\"" + THIRTY_CHINESE + "\"}"))
			.andExpect(status().isUnauthorized());
		HttpResponse<String> form = new FormClient(port).openLogin().login("tx_pw_login", THIRTY_CHINESE);
		assertThat(form.statusCode()).isEqualTo(302);
		assertThat(form.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("?error"));
	}

	@Test
	void weakCommonAndUsernamePasswordsAreRefusedOnChangeCreateAndReset() throws Exception {
		long id = account("tx_pw_rules", "BUREAU_SAFETY_OFFICER", "450422");
		mvc.perform(put(PasswordApi.PATH).with(demo.as("tx_pw_rules"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"current\":\"Start2026a\",\"replacement\":\"Password2026!\",\"confirmation\":\"Password2026!\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.replacement").value("密码过于常见（或由常见单词加数字、符号组成），容易被猜中，请换一个"));
		mvc.perform(put(PasswordApi.PATH).with(demo.as("tx_pw_rules"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"current\":\"Start2026a\",\"replacement\":\"abcd2026efgh\",\"confirmation\":\"abcd2026efgh\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.replacement").value("密码须包含大写字母、小写字母、数字、符号中的至少三类"));
		mvc.perform(post("/api/v1/accounts/{id}/reset", id).with(demo.as("tx_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\":\"Tx_pw_rules1\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.password").value("密码不能由用户名加数字、符号组成，也不能包含用户名"));
		AccountIntegrationTests.create(mvc, demo, "tx_admin", """
				{"username":"tx_pw_new","displayName":"藤县 账号","role":"BUREAU_SAFETY_OFFICER","regionCode":"450422",
				 "initialPassword":"Xiaoan@2026"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.initialPassword").exists());
	}

	@Test
	void anAdministratorWhosePasswordExpiredMustChangeItAtSignIn() throws Exception {
		account("tx_pw_old", "BUREAU_ADMIN", "450422");
		account("tx_pw_old_officer", "BUREAU_SAFETY_OFFICER", "450422");
		demo.jdbc().sql("""
				update people.account set password_changed_at = now() - interval '91 days'
				 where username in ('tx_pw_old', 'tx_pw_old_officer')""").update();
		FormClient officer = new FormClient(port).openLogin();
		assertThat(officer.login("tx_pw_old_officer", "Start2026a").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("/account/password"));

		FormClient admin = new FormClient(port).openLogin();
		assertThat(admin.login("tx_pw_old", "Start2026a").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
		assertThat(admin.get("/schools").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
		assertThat(admin.get("/account/password").body()).contains("密码已超过90天未修改");
		HttpResponse<String> changed = admin.post("/account/password",
				"current=Start2026a&replacement=Renewed%232026z&confirmation=Renewed%232026z");
		assertThat(changed.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/?passwordChanged"));
		assertThat(admin.get("/schools").statusCode()).isEqualTo(200);
	}

}
