package cn.xiaoan.institutions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The institutions' rules against the demo's real PostgreSQL: the register is the
 * county's and its townships', read by the county's schools and by no other county; an
 * outcome follows the items found; a ban is the county's and is done only once a plan
 * covers every student and each group is resettled; the published lists reach a family.
 */
@PlatformTest
class InstitutionsIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	InstitutionsManagement institutions;

	@Autowired
	InstitutionChecks checks;

	private long register(String user, String township, String name, String licence) {
		return demo.callAs(user,
				() -> institutions
					.register(new RegisterInstitution(township, name, licence, "", "测试路1号", List.of(Subject.ARTS), 50,
							"张三", "13800000000", null, null))
					.id());
	}

	private static String unique(String name) {
		return name + System.nanoTime() % 100000;
	}

	private List<CheckItem> items;

	@org.junit.jupiter.api.BeforeEach
	void checklist() {
		items = demo.callAs("tx_safety", () -> institutions.checklist());
	}

	private InspectInstitution inspection(Outcome outcome, int failing, Integer students, LocalDate deadline) {
		List<InspectInstitution.Answer> answers = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			answers.add(new InspectInstitution.Answer(items.get(i).id(), i >= failing, i < failing ? "不符合" : "", null,
					null));
		}
		return new InspectInstitution(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), outcome, deadline, "",
				answers, students, students == null ? null : new BigDecimal("1000.00"));
	}

	@Test
	void anotherCountysInstitutionIsNotFoundAndASchoolReadsButDoesNotKeepItsCountysRegister() throws Exception {
		long elsewhere = register("admin", "450421100", unique("苍梧机构"), "证1");
		long own = register("tzz_safety", "450422100", unique("藤州机构"), "证2");
		mvc.perform(get("/institutions/{id}", elsewhere).with(demo.as("tx_safety"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/institutions/{id}", elsewhere).with(demo.as("teacher")))
			.andExpect(status().isNotFound());
		assertThat(demo.callAs("tx_safety", () -> institutions.list(null))).anyMatch(i -> i.id() == own)
			.noneMatch(i -> i.id() == elsewhere);
		assertThat(demo.callAs("teacher", () -> institutions.list(null))).anyMatch(i -> i.id() == own);
		mvc.perform(get("/institutions/{id}", own).with(demo.as("teacher"))).andExpect(status().isOk());
		assertThatThrownBy(
				() -> demo.callAs("principal", () -> checks.inspect(own, inspection(Outcome.COMPLIANT, 0, null, null))))
			.isInstanceOf(AccessDenied.class);
		mvc.perform(post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"name\":\"x\",\"address\":\"y\",\"subjects\":[\"ARTS\"],\"capacity\":5,\"responsiblePerson\":\"z\"}")
			.with(demo.as("teacher"))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/institutions").with(demo.as("parent"))).andExpect(status().isForbidden());
		// a township keeps only its own township's institutions
		long neighbour = register("tx_safety", "450422103", unique("塘步机构"), "证3");
		assertThatThrownBy(() -> demo.callAs("tzz_safety", () -> institutions.detail(neighbour)))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void badInputIsAFieldErrorNotAServerError() throws Exception {
		mvc.perform(post("/api/v1/institutions").contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"regionCode\":\"450422100\",\"name\":\"\",\"creditCode\":\"abc\",\"subjects\":[],\"capacity\":0}")
			.with(demo.as("tzz_safety"))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("creditCode")));
	}

	@Test
	void theOutcomeFollowsTheItemsFound() {
		long licensed = register("tzz_safety", "450422100", unique("结论测试机构"), "证4");
		long unlicensed = register("tzz_safety", "450422100", unique("无证测试机构"), "");
		assertThatThrownBy(() -> demo.callAs("tzz_safety",
				() -> checks.inspect(licensed, inspection(Outcome.COMPLIANT, 2, null, null))))
			.isInstanceOf(BusinessRuleViolation.class)
			.satisfies(e -> assertThat(((BusinessRuleViolation) e).fieldErrors()).containsEntry("outcome",
					"institutions.error.compliantWithFailures"));
		assertThatThrownBy(() -> demo.callAs("tzz_safety",
				() -> checks.inspect(unlicensed, inspection(Outcome.COMPLIANT, 0, null, null))))
			.isInstanceOf(BusinessRuleViolation.class);
		assertThatThrownBy(() -> demo.callAs("tzz_safety",
				() -> checks.inspect(licensed, inspection(Outcome.RECTIFY, 0, null, null))))
			.isInstanceOf(BusinessRuleViolation.class);
		// a township does not ban: the county decides
		assertThatThrownBy(() -> demo.callAs("tzz_safety",
				() -> checks.inspect(unlicensed, inspection(Outcome.BANNED, 1, 5, null))))
			.isInstanceOf(AccessDenied.class);
		// rectify: the policy's 30 days unless the inspector names a deadline
		InspectionView rectify = demo.callAs("tzz_safety",
				() -> checks.inspect(licensed, inspection(Outcome.RECTIFY, 2, null, null)));
		assertThat(rectify.deadline()).isEqualTo(rectify.inspectedOn().plusDays(30));
		RectificationView open = demo.callAs("tzz_safety", () -> checks.openRectifications())
			.stream()
			.filter(r -> r.institutionId() == licensed)
			.findFirst()
			.orElseThrow();
		assertThat(open.status()).isEqualTo(RectificationStatus.OPEN);
		demo.callAs("tzz_safety", () -> checks.submitEvidence(open.id(), "已增设灭火器并疏通通道", null, null));
		demo.callAs("tzz_safety", () -> checks.inspect(licensed, inspection(Outcome.COMPLIANT, 0, null, null)));
		assertThat(demo.callAs("tzz_safety", () -> institutions.detail(licensed)).rectifications()).singleElement()
			.satisfies(r -> assertThat(r.status()).isEqualTo(RectificationStatus.DONE));
		assertThat(demo.callAs("tzz_safety", () -> institutions.detail(licensed)).summary().status())
			.isEqualTo(InstitutionStatus.COMPLIANT);
	}

	@Test
	void aBanIsDoneOnlyOnceThePlanCoversEveryStudentAndEachGroupIsResettled() {
		long id = register("tzz_safety", "450422100", unique("取缔测试机构"), "");
		demo.callAs("tx_safety", () -> checks.inspect(id, inspection(Outcome.BANNED, 1, 30, null)));
		long ban = demo.callAs("tzz_safety", () -> institutions.detail(id)).bans().get(0).id();
		BanView first = demo.callAs("tzz_safety", () -> checks.addResettlement(ban,
				new AddResettlement(ResettlementMethod.TRANSFER, "城东小学", 20, BigDecimal.ZERO, "")));
		BanView afterFirst = demo.callAs("tzz_safety",
				() -> checks.closeResettlement(first.items().get(0).id(), "已转入白名单机构"));
		assertThat(afterFirst.done()).as("10 students have no plan yet").isFalse();
		assertThat(afterFirst.unplanned()).isEqualTo(10);
		assertThatThrownBy(() -> demo.callAs("tzz_safety",
				() -> checks.addResettlement(ban,
						new AddResettlement(ResettlementMethod.REFUND, "", 11, new BigDecimal("500"), ""))))
			.isInstanceOf(BusinessRuleViolation.class);
		BanView second = demo.callAs("tzz_safety", () -> checks.addResettlement(ban,
				new AddResettlement(ResettlementMethod.REFUND, "", 10, new BigDecimal("500"), "")));
		assertThat(demo.callAs("tx_safety", () -> checks.openResettlements())).anyMatch(b -> b.id() == ban);
		BanView done = demo.callAs("tzz_safety", () -> checks.closeResettlement(second.items().get(1).id(), "已退费"));
		assertThat(done.done()).isTrue();
		assertThat(demo.callAs("tx_safety", () -> checks.openResettlements())).noneMatch(b -> b.id() == ban);
		assertThatThrownBy(
				() -> demo.callAs("tx_safety", () -> checks.inspect(id, inspection(Outcome.RECTIFY, 1, null, null))))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void theCountyPublishesItsListsAndAParentReadsTheBlackList() throws Exception {
		String name = unique("黑名单机构");
		long id = register("tzz_safety", "450422100", name, "");
		demo.callAs("tx_safety", () -> checks.inspect(id, inspection(Outcome.BANNED, 1, 0, null)));
		mvc.perform(post("/institutions/lists").with(demo.as("tzz_safety")).with(csrf()))
			.andExpect(status().isForbidden());
		PublishedList list = demo.callAs("tx_safety", () -> institutions.publish(null));
		assertThat(list.black()).anyMatch(e -> e.institutionId() == id && e.reason() == ListReason.BANNED);
		mvc.perform(get("/api/v1/institutions/lists").param("county", "450421").with(demo.as("parent")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.countyCode").value("450422"))
			.andExpect(jsonPath("$.version").value(list.version()));
		mvc.perform(get("/institutions/lists").with(demo.as("parent")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(name)));
		mvc.perform(get("/institutions/lists").param("county", "530323").with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(name)));
		mvc.perform(get("/api/v1/institutions/lists").param("county", "530323").with(demo.as("wz_admin")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anImportReportsEachBadCellByRowAndColumnAndRegistersNothingUntilEveryRowIsRight() throws Exception {
		String good = unique("导入机构");
		List<Object> fine = List.of(good, "450422100", "", "", "导入路1号", "体育、科技", 30, "李四", "");
		List<Object> bad = List.of(unique("坏行"), "450421100", "", "abc", "导入路2号", "游泳", 30, "王五", "");
		byte[] file = cn.xiaoan.support.Sheets.xlsx(InstitutionImport.HEADERS, List.of(fine, bad));
		String page = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/institutions/import")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "i.xlsx", "application/octet-stream",
						file))
				.with(demo.as("tzz_safety"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("import-problems")
			.contains("统一社会信用代码应为18位")
			.contains("培训类别无法识别")
			.contains("该行政区划不在您的管辖范围内");
		assertThat(demo.callAs("tzz_safety", () -> institutions.list(null))).noneMatch(i -> i.name().equals(good));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/institutions/import")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "i.xlsx", "application/octet-stream",
					cn.xiaoan.support.Sheets.xlsx(InstitutionImport.HEADERS, List.of(fine))))
			.with(demo.as("tzz_safety"))
			.with(csrf())).andExpect(status().isOk());
		assertThat(demo.callAs("tzz_safety", () -> institutions.list(null))).filteredOn(i -> i.name().equals(good))
			.singleElement()
			.satisfies(i -> assertThat(i.subjects()).containsExactly(Subject.SPORTS, Subject.SCIENCE));
		// the write left its audit entry (recorded once the transaction has committed)
		long entries = 0;
		for (int attempt = 0; attempt < 50 && entries == 0; attempt++) {
			Thread.sleep(100);
			entries = demo.jdbc()
				.sql("select count(*) from audit.entry where entity_type = 'institution' and action = 'CREATE'"
						+ " and after ->> 'name' = :n")
				.param("n", good)
				.query(Long.class)
				.single();
		}
		assertThat(entries).isEqualTo(1);
	}

	@Test
	void eachRegisterComesOutAsAWorkbook() throws Exception {
		for (String path : List.of("/institutions/export", "/institutions/rectifications/export",
				"/institutions/resettlements/export")) {
			mvc.perform(get(path).with(demo.as("tx_safety")))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type",
						org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats")));
		}
	}

}
