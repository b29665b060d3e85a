package cn.xiaoan.people;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Account administration through the API: the grant rule, scope, lifecycle (workbooks:
 * {@link AccountWorkbookIntegrationTests}; transfers:
 * {@link StaffTransferIntegrationTests}).
 */
@PlatformTest
class AccountIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	AccountManagement accounts;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService userDetails;

	ResultActions create(String as, String json) throws Exception {
		return create(mvc, demo, as, json);
	}

	/**
	 * {@code POST /api/v1/accounts} as a demo account (also used by the transfer tests).
	 */
	static ResultActions create(MockMvc mvc, Demo demo, String as, String json) throws Exception {
		return mvc.perform(post("/api/v1/accounts").with(demo.as(as))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	ResultActions act(String as, String path, Object... vars) throws Exception {
		return mvc.perform(post(path, vars).with(demo.as(as)).with(csrf()));
	}

	long idOf(String username) {
		return demo.jdbc()
			.sql("select id from people.account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	@Test
	void aCountyAdministratorCreatesATownshipSafetyOfficerWhoMustChangeThePassword() throws Exception {
		create("tx_admin", """
				{"username":"tzz_safety2","displayName":"藤州镇 安全专干","role":"BUREAU_SAFETY_OFFICER",
				 "regionCode":"450422100","initialPassword":"Start2026a"}""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value("tzz_safety2"))
			.andExpect(jsonPath("$.regionCode").value("450422100"))
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.mustChangePassword").value(true));
		mvc.perform(formLogin().user("tzz_safety2").password("Start2026a")).andExpect(authenticated());
		assertThat(demo.jdbc().sql("""
				select after ->> 'role' from audit.entry where entity_type = 'account' and action = 'CREATE'
				and after ->> 'username' = 'tzz_safety2'""").query(String.class).single())
			.isEqualTo("BUREAU_SAFETY_OFFICER");
	}

	@Test
	void countyAdminCannotCreateCityAccountNorANeighbourCountys() throws Exception {
		create("tx_admin", """
				{"username":"wz_admin9","displayName":"x","role":"BUREAU_ADMIN","regionCode":"450400",
				 "initialPassword":"Start2026a"}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.regionCode").exists());
		create("tx_admin", """
				{"username":"cw_admin9","displayName":"x","role":"BUREAU_ADMIN","regionCode":"450421",
				 "initialPassword":"Start2026a"}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.regionCode").exists());
		assertThat(demo.jdbc()
			.sql("select count(*) from people.account where username in ('wz_admin9', 'cw_admin9')")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void principalCannotCreateBureauRoleNorASystemAdministrator() throws Exception {
		create("principal", """
				{"username":"p_bureau","displayName":"x","role":"BUREAU_ADMIN","regionCode":"450422",
				 "initialPassword":"Start2026a"}""").andExpect(status().isBadRequest());
		create("wz_admin", """
				{"username":"p_root","displayName":"x","role":"SYSTEM_ADMIN","initialPassword":"Start2026a"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.role").exists());
	}

	@Test
	void badInputIsAnsweredFieldByField() throws Exception {
		create("tx_admin", """
				{"username":"tx_safety","displayName":"x","role":"BUREAU_SAFETY_OFFICER","regionCode":"450422",
				 "initialPassword":"short"}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.username").exists())
			.andExpect(jsonPath("$.errors.initialPassword").exists());
		create("tx_admin", """
				{"username":"tx_x1","displayName":"x","role":"BUREAU_SAFETY_OFFICER","regionCode":"450499",
				 "initialPassword":"Start2026a"}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.regionCode").exists());
		create("tx_admin", """
				{"username":"tx_x2","displayName":"x","role":"NO_SUCH_ROLE","initialPassword":"Start2026a"}""")
			.andExpect(status().isBadRequest());
		create("tx_admin", """
				{"username":"tx_x3","displayName":"x","role":"HEALTH_LIAISON","regionCode":"450422",
				 "initialPassword":"Start2026a","dataKinds":[]}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.dataKinds").exists());
	}

	@Test
	void anotherTenantsAccountIsNotFound() throws Exception {
		long yunnan = idOf("sz_safety");
		act("tx_admin", "/api/v1/accounts/{id}/disable", yunnan).andExpect(status().isNotFound());
		act("tx_admin", "/api/v1/accounts/{id}/unlock", yunnan).andExpect(status().isNotFound());
		long otherSchoolsPrincipal = idOf("principal2");
		act("principal", "/api/v1/accounts/{id}/enable", otherSchoolsPrincipal).andExpect(status().isNotFound());
		// the county's own administrator is not the county safety officer's to manage
		act("tx_safety", "/api/v1/accounts/{id}/disable", idOf("teacher")).andExpect(status().isForbidden());
	}

	@Test
	void aDisabledAccountCannotSignInAndItsTokensStopWorking() throws Exception {
		create("tx_admin", """
				{"username":"tx_admin_b","displayName":"藤县 管理员乙","role":"BUREAU_ADMIN","regionCode":"450422",
				 "initialPassword":"Start2026a"}""").andExpect(status().isCreated());
		demo.jdbc()
			.sql("update people.account set must_change_password = false where username = 'tx_admin_b'")
			.update();
		String token = demo.callAs("tx_admin_b", () -> accounts.issueToken("数据交换").token());
		mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		long id = idOf("tx_admin_b");
		act("tx_admin", "/api/v1/accounts/{id}/disable", id).andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));
		mvc.perform(formLogin().user("tx_admin_b").password("Start2026a")).andExpect(unauthenticated());
		mvc.perform(get("/api/v1/accounts").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
		act("tx_admin", "/api/v1/accounts/{id}/enable", id).andExpect(status().isOk());
		mvc.perform(formLogin().user("tx_admin_b").password("Start2026a")).andExpect(authenticated());
		assertThat(demo.jdbc()
			.sql("""
					select before ->> 'enabled' || '>' || (after ->> 'enabled') from audit.entry
					where entity_type = 'account' and entity_id = :id and action = 'DISABLE'""")
			.param("id", String.valueOf(id))
			.query(String.class)
			.single()).isEqualTo("true>false");
	}

	@Test
	void aSessionEndsAtItsNextRequestOnceItsAccountIsDisabledOrMoved() throws Exception {
		create("tx_admin", """
				{"username":"tx_safety_c","displayName":"藤县 安全干部丙","role":"BUREAU_SAFETY_OFFICER",
				 "regionCode":"450422","initialPassword":"Start2026a"}""").andExpect(status().isCreated());
		demo.jdbc()
			.sql("update people.account set must_change_password = false where username = 'tx_safety_c'")
			.update();
		// the session's caller as it was at sign-in
		var signedIn = user(userDetails.loadUserByUsername("tx_safety_c"));
		mvc.perform(get("/api/v1/schools").with(signedIn)).andExpect(status().isOk());
		long id = idOf("tx_safety_c");
		mvc.perform(put("/api/v1/accounts/{id}", id).with(demo.as("tx_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\":\"BUREAU_SAFETY_OFFICER\",\"regionCode\":\"450422100\"}")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/schools").with(signedIn)).andExpect(status().isUnauthorized());
		signedIn = user(userDetails.loadUserByUsername("tx_safety_c"));
		mvc.perform(get("/schools").with(signedIn)).andExpect(status().isOk());
		act("tx_admin", "/api/v1/accounts/{id}/disable", id).andExpect(status().isOk());
		mvc.perform(get("/schools").with(signedIn)).andExpect(redirectedUrl("/login?changed"));
	}

	@Test
	void partnerSeesOnlyGrantedDataKinds() throws Exception {
		create("tx_admin", """
				{"username":"tx_market","displayName":"藤县市场监管局","role":"MARKET_SUPERVISION_LIAISON",
				 "regionCode":"450422","initialPassword":"Start2026a","dataKinds":["SECURITY"]}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.dataKinds[0]").value("SECURITY"));
		demo.jdbc().sql("update people.account set must_change_password = false where username = 'tx_market'").update();
		CurrentUser market = demo.callAs("tx_market", Callers::current);
		assertThat(market.can(Permission.SECURITY_READ)).isTrue();
		assertThat(market.can(Permission.SCHOOL_READ)).isFalse();
		assertThat(market.can(Permission.PEOPLE_READ)).isFalse();
		mvc.perform(get("/api/v1/schools").with(demo.as("tx_market"))).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/accounts/{id}", idOf("tx_market")).with(demo.as("tx_admin"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"role":"MARKET_SUPERVISION_LIAISON","regionCode":"450422","dataKinds":["SECURITY","SCHOOL_BASIC"]}"""))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/schools").with(demo.as("tx_market"))).andExpect(status().isOk());
		// the demo police liaison keeps what it saw before data kinds existed
		CurrentUser police = demo.callAs("police", Callers::current);
		assertThat(police.can(Permission.SCHOOL_READ) && police.can(Permission.SECURITY_READ)).isTrue();
		assertThat(police.can(Permission.HAZARD_READ)).isFalse();
	}

}
