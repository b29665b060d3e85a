package cn.xiaoan.audit;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail records who (account, name, role), when, what, before and after of
 * every administrative action, and shows and exports it in Beijing time within the
 * reader's scope.
 */
@PlatformTest
class AuditTrailIntegrationTests {

	/** An entity id no other test uses, so the entries written here are easy to find. */
	private static final String MARK = "audit-test-";

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	PolicyManagement policy;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void entriesAroundMidnightInTwoCounties() {
		// inserted once per database: the trail refuses deletes
		insert("2026-11-30T15:30:00Z", "450422", "hazard", MARK + "tx-late", "{\"status\":\"REPORTED\"}",
				"{\"status\":\"REGISTERED\"}");
		insert("2026-11-30T16:10:00Z", "450422", "hazard", MARK + "tx-next-day", "{}", "{\"title\":\"楼梯扶手松动\"}");
		insert("2026-11-30T15:30:00Z", "450422", "school", MARK + "tx-school", "{}", "{\"name\":\"藤县测试学校\"}");
		insert("2026-11-30T15:30:00Z", "450403", "hazard", MARK + "wx", "{}", "{\"title\":\"万秀的隐患\"}");
	}

	private void insert(String at, String region, String type, String id, String before, String after) {
		demo.jdbc()
			.sql("""
					insert into audit.entry (at, account_id, username, display_name, role, ip, action, entity_type,
					                         entity_id, region_code, before, after)
					select cast(:at as timestamptz), 1, 'tx_safety', '藤县教育局安全干部', 'BUREAU_SAFETY_OFFICER',
					       '10.0.0.1', 'UPDATE', :type, :id, :region, cast(:b as jsonb), cast(:a as jsonb)
					where not exists (select 1 from audit.entry where entity_id = :id)""")
			.param("at", at)
			.param("type", type)
			.param("id", id)
			.param("region", region)
			.param("b", before)
			.param("a", after)
			.update();
	}

	@Test
	void auditLogExportsTheFilteredEntriesInBeijingTime() throws Exception {
		var response = mvc
			.perform(get("/audit/export").with(demo.as("tx_admin"))
				.param("from", "2026-11-30")
				.param("to", "2026-11-30")
				.param("kind", "hazard"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		String disposition = URLDecoder.decode(response.getHeader("Content-Disposition"), StandardCharsets.UTF_8);
		assertThat(disposition).contains("审计日志").endsWith(".xlsx");
		List<List<String>> rows = read(response.getContentAsByteArray());
		assertThat(rows.get(0)).startsWith("时间", "操作人", "账号", "角色", "操作", "对象类型");
		// 15:30 UTC is 23:30 the same day in Beijing; 16:10 UTC is already 1 December
		// there
		// and so outside the period.
		List<String> late = rows.stream()
			.filter(r -> r.contains("#" + MARK + "tx-late") || r.contains(MARK + "tx-late"))
			.findFirst()
			.orElseThrow();
		assertThat(late).startsWith("2026-11-30 23:30:00", "藤县教育局安全干部", "tx_safety", "教育局安全干部", "修改", "隐患");
		assertThat(late).anySatisfy(cell -> assertThat(cell).contains("状态：已排查 → 已登记"));
		assertThat(String.join("|", rows.stream().flatMap(List::stream).toList())).doesNotContain(MARK + "tx-next-day")
			.doesNotContain(MARK + "tx-school")
			.doesNotContain(MARK + "wx")
			.doesNotContain("REPORTED")
			.doesNotContain("BUREAU_SAFETY_OFFICER");
	}

	@Test
	void aCountyAdminNeverSeesAnotherCountysEntries() throws Exception {
		// up to the day of the inserted entries: the suite's own later entries of
		// tx_safety
		// (every module's journeys) would push them off the first page
		String page = mvc
			.perform(get("/audit").with(demo.as("tx_admin")).param("actor", "tx_safety").param("to", "2026-11-30"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(MARK + "tx-late").doesNotContain(MARK + "wx");
		mvc.perform(get("/api/v1/audit").with(demo.as("tx_admin")).param("actor", "tx_safety"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.entityRef == '" + MARK + "wx')]").isEmpty());
		mvc.perform(get("/audit").with(demo.as("tx_admin")).param("region", "450403")).andExpect(status().isNotFound());
		mvc.perform(get("/audit/export").with(demo.as("tx_admin")).param("region", "450403"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/audit").with(demo.as("wx_admin")).param("actor", "tx_safety").param("to", "2026-11-30"))
			.andExpect(status().isOk())
			.andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains(MARK + "wx")
				.doesNotContain(MARK + "tx-late"));
		mvc.perform(get("/audit").with(demo.as("teacher"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit").with(demo.as("student"))).andExpect(status().isForbidden());
	}

	@Test
	void thePageShowsWhoWhenAndTheChangeInWordsInBeijingTime() throws Exception {
		String page = mvc
			.perform(get("/audit").with(demo.as("tx_admin")).param("kind", "hazard").param("actor", "安全干部"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("2026-11-30 23:30:00", "2026-12-01 00:10:00", "藤县教育局安全干部", "教育局安全干部", "隐患", "已排查",
				"已登记", "楼梯扶手松动");
		assertThat(page).doesNotContain(">UPDATE<", "BUREAU_SAFETY_OFFICER", ">REPORTED<", "15:30:00");
		mvc.perform(get("/api/v1/audit").with(demo.as("tx_admin")).param("actor", "tx_safety").param("kind", "school"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].at").value("2026-11-30T23:30:00+08:00"))
			.andExpect(jsonPath("$.items[0].entity").value("学校"));
	}

	@Test
	void anAdministrativeChangeIsRecordedWithTheActorsNameRoleBeforeAndAfter() {
		demo.runAs("tx_admin", () -> policy.override(PolicySetting.SESSION_IDLE_MINUTES, "450422", "25", "县教育局规定"));
		demo.runAs("tx_admin", () -> policy.removeOverride(PolicySetting.SESSION_IDLE_MINUTES, "450422"));
		Map<String, Object> entry = demo.jdbc().sql("""
				select display_name, role, cast(before as text) as before, cast(after as text) as after
				from audit.entry where entity_id = 'SESSION_IDLE_MINUTES@450422' and action = 'UPDATE'
				order by id desc limit 1""").query().singleRow();
		assertThat(entry).containsEntry("display_name", "藤县教育局管理员").containsEntry("role", "BUREAU_ADMIN");
		assertThat((String) entry.get("before")).contains("\"value\": \"30\"");
		assertThat((String) entry.get("after")).contains("\"value\": \"25\"");
	}

	@Test
	void aSignInIsRecordedWithTheAccountsNameAndRole() throws Exception {
		mvc.perform(formLogin().user("ms_safety").password(Demo.PASSWORD)).andExpect(authenticated());
		mvc.perform(formLogin().user("ms_safety").password("wrong-password-1")).andExpect(unauthenticated());
		List<Map<String, Object>> entries = demo.jdbc()
			.sql("""
					select action, display_name, role from audit.entry
					where username = 'ms_safety' and action like 'LOGIN_%' order by id desc limit 2""")
			.query()
			.listOfRows();
		assertThat(entries).extracting(e -> e.get("action")).containsExactly("LOGIN_BAD_CREDENTIALS", "LOGIN_SUCCESS");
		assertThat(entries).allSatisfy(e -> {
			assertThat((String) e.get("display_name")).startsWith("蒙山").endsWith("安全干部");
			assertThat(e).containsEntry("role", "BUREAU_SAFETY_OFFICER");
		});
	}

	@Test
	void secretsAreNeverStoredEvenWhenAModuleSendsThem() {
		demo.runAs("tx_admin",
				() -> transactions.executeWithoutResult(t -> events.publishEvent(EntityChanged.updated("account",
						MARK + "secret", "450422", null,
						Map.of("passwordHash", "$2a$10$abcdefghijklmnopqrstuv", "locked", true), Map.of("password_hash",
								"x", "apiToken", "t", "note", "$2a$10$abcdefghijklmnopqrstuv", "locked", false)))));
		String stored = demo.jdbc()
			.sql("select cast(before as text) || cast(after as text) from audit.entry where entity_id = :id")
			.param("id", MARK + "secret")
			.query(String.class)
			.single();
		assertThat(stored).contains("locked").doesNotContain("password", "Token", "$2a$");
	}

	private static List<List<String>> read(byte[] xlsx) throws Exception {
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
				var rows = workbook.getFirstSheet().openStream()) {
			return rows.map(AuditTrailIntegrationTests::cells).toList();
		}
	}

	private static List<String> cells(Row row) {
		return row.stream().map(c -> c == null ? "" : c.getRawValue() == null ? "" : c.getRawValue()).toList();
	}

}
