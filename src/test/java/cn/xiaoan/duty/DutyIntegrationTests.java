package cn.xiaoan.duty;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lists, signing, grid and rates against the real database, with the scope of each role.
 */
@PlatformTest
class DutyIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	DutyManagement duty;

	@Autowired
	DutyAssignments assignments;

	@Autowired
	DutyGrid grid;

	@Autowired
	DutyRates rates;

	@Autowired
	DutyTodos todos;

	@Autowired
	DutyAdaptations adaptations;

	@Autowired
	MockMvc mvc;

	long school;

	@BeforeEach
	void catalogue() {
		DutyFixture.ensure(demo, assignments, duty);
		school = demo.schoolOf("principal");
	}

	@Test
	void aChangedListIsSignedAgainAndCountsForTheSchoolAndItsCounty() {
		long teacher = demo.callAs("teacher", () -> duty.mine().holder().staffId());
		SchoolSigning before = demo.callAs("principal", () -> assignments.signing(school));
		String extra = demo.callAs("principal", () -> assignments.schoolPosts(school))
			.stream()
			.map(DutyPost::code)
			.filter(code -> !before.rows()
				.stream()
				.filter(r -> r.holder().staffId() == teacher)
				.findFirst()
				.orElseThrow()
				.holder()
				.posts()
				.contains(code))
			.findFirst()
			.orElseThrow();
		Set<String> posts = new LinkedHashSet<>(demo.callAs("teacher", () -> duty.mine().holder().posts()));
		posts.add(extra);
		demo.runAs("principal", () -> assignments.assign(school, teacher, posts));
		MyDuties changed = demo.callAs("teacher", () -> duty.mine());
		assertThat(changed.signing().needsSigning()).isTrue();
		assertThat(demo.callAs("teacher", () -> todos.todosFor(cn.xiaoan.shared.Callers.current(), Locale.CHINA, 5)))
			.singleElement()
			.satisfies(t -> assertThat(t.title()).isEqualTo("签署我的安全职责清单"));
		long unsigned = demo.callAs("principal", () -> assignments.signing(school)).unsigned().size();
		SigningRates.Row county = demo.callAs("tx_safety", () -> rates.below("450422"))
			.rows()
			.stream()
			.filter(r -> r.schoolId() == school)
			.findFirst()
			.orElseThrow();

		demo.runAs("teacher", () -> duty.sign(DutyTests.drawn(), changed.list().version()));

		assertThat(demo.callAs("teacher", () -> duty.mine()).signing()).isEqualTo(Holder.Signing.SIGNED);
		assertThat(demo.callAs("principal", () -> assignments.signing(school)).unsigned()).hasSize((int) unsigned - 1);
		SigningRates.Row after = demo.callAs("tx_safety", () -> rates.below("450422"))
			.rows()
			.stream()
			.filter(r -> r.schoolId() == school)
			.findFirst()
			.orElseThrow();
		assertThat(after.signed()).isEqualTo(county.signed() + 1);
		SigningRates city = demo.callAs("wz_safety", () -> rates.below(null));
		assertThat(city.rows()).anySatisfy(r -> assertThat(r.regionCode()).isEqualTo("450422"));
		assertThat(city.total().holding()).isEqualTo(city.rows().stream().mapToLong(SigningRates.Row::holding).sum());
		assertThat(demo.callAs("teacher", () -> todos.todosFor(cn.xiaoan.shared.Callers.current(), Locale.CHINA, 5)))
			.isEmpty();
	}

	@Test
	void aSignatureOfAnOutdatedVersionOrAnEmptyPadIsRefused() {
		assertThatThrownBy(() -> demo.runAs("guard", () -> duty.sign(DutyTests.drawn(), "000000000000")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					e -> assertThat(e.fieldErrors()).containsValue("duty.error.sign.changed"));
		String version = demo.callAs("guard", () -> duty.mine().list().version());
		assertThatThrownBy(
				() -> demo
					.runAs("guard",
							() -> duty.sign(DutyTests.png(new java.awt.image.BufferedImage(400, 150,
									java.awt.image.BufferedImage.TYPE_INT_ARGB)), version)))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void anotherSchoolsOrAnotherCountysListsAreOutOfReach() throws Exception {
		assertThatThrownBy(() -> demo.runAs("principal2", () -> assignments.signing(school)))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.runAs("wx_safety", () -> assignments.signing(school)))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.runAs("teacher", () -> assignments.signing(school)))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.runAs("wx_safety", () -> rates.below("450422"))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.runAs("principal", () -> rates.below("450422"))).isInstanceOf(AccessDenied.class);
		mvc.perform(get("/duty/schools/{id}", school).with(demo.as("principal2"))).andExpect(status().isNotFound());
		mvc.perform(get("/duty/schools/{id}", school).with(demo.as("tx_safety"))).andExpect(status().isOk());
		mvc.perform(post("/duty/schools/{id}/sync", school).with(demo.as("teacher")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/duty/my").with(demo.as("tx_safety"))).andExpect(status().isForbidden());
	}

	@Test
	void aGridAreaShowsOnItsResponsiblePersonsList() {
		long guard = demo.callAs("guard", () -> duty.mine().holder().staffId());
		long teacher = demo.callAs("teacher", () -> duty.mine().holder().staffId());
		GridArea area = demo.callAs("safety",
				() -> grid.add(school, new NewGridArea("北门", "", "门卫室及车辆通道", guard, teacher, null, null)));
		assertThat(demo.callAs("guard", () -> duty.mine()).areas()).extracting(GridArea::id).contains(area.id());
		assertThat(demo.callAs("teacher", () -> duty.mine()).areas()).extracting(GridArea::id).contains(area.id());
		assertThatThrownBy(() -> new NewGridArea("北门", "", "门卫室", guard, guard, null, null))
			.isInstanceOf(BusinessRuleViolation.class);
		long outsider = demo.jdbc()
			.sql("select staff_id from duty.holder where school_id <> :s limit 1")
			.param("s", school)
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> demo.runAs("safety",
				() -> grid.add(school, new NewGridArea("北门", "", "岗亭", outsider, null, null, null))))
			.isInstanceOf(BusinessRuleViolation.class);
		demo.runAs("safety", () -> grid.remove(school, area.id()));
	}

	@Test
	void theSignedListAndTheSigningSheetArePrintableAndExportable() throws Exception {
		String version = demo.callAs("guard", () -> duty.mine().list().version());
		mvc.perform(multipart("/duty/my/signature")
			.file(new MockMultipartFile("signature", "s.png", "image/png", DutyTests.drawn()))
			.param("version", version)
			.with(demo.as("guard"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		byte[] list = mvc.perform(get("/duty/my/list.pdf").with(demo.as("guard")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(list))
			.getTextFromPage(1);
		assertThat(text).contains("岗位安全责任清单").contains(version);
		byte[] sheet = mvc.perform(get("/duty/schools/{id}/sheet.pdf", school).with(demo.as("principal")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String guardName = demo.callAs("guard", () -> duty.mine().holder().name());
		var reader = new com.lowagie.text.pdf.PdfReader(sheet);
		StringBuilder all = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			all.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(page));
		}
		assertThat(all).contains("签字表").contains(guardName);
		mvc.perform(get("/duty/schools/{id}/signing.xlsx", school).with(demo.as("safety"))).andExpect(status().isOk());
		mvc.perform(get("/duty/rates.xlsx").param("region", "450422").with(demo.as("tx_safety")))
			.andExpect(status().isOk());
		mvc.perform(multipart("/duty/my/signature")
			.file(new MockMultipartFile("signature", "s.png", "image/png", "not a picture".getBytes()))
			.param("version", version)
			.with(demo.as("guard"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/api/v1/duty/my/signature").with(demo.as("guard"))
			.with(csrf())
			.contentType("application/json")
			.content("{\"version\":\"x\",\"png\":\"%%%\"}")).andExpect(status().isBadRequest());
	}

	@Test
	void aCountysAdaptationReachesItsSchoolsOnlyAndWithdrawingItRestoresTheSignedVersion() {
		MyDuties before = demo.callAs("guard", () -> duty.mine());
		String post = before.list().posts().get(0).code();
		long id = demo.callAs("tx_safety", () -> adaptations.adapt("POST", post, "ADD", null, "夜间每两小时巡查一次校园并记录"));
		MyDuties adapted = demo.callAs("guard", () -> duty.mine());
		assertThat(adapted.list().version()).isNotEqualTo(before.list().version());
		assertThat(adapted.list().posts().get(0).duties())
			.anySatisfy(d -> assertThat(d.text() + d.adaptedBy()).isEqualTo("夜间每两小时巡查一次校园并记录藤县"));
		assertThat(demo.callAs("wx_safety", () -> adaptations.view()).posts().get(post).duties())
			.noneSatisfy(d -> assertThat(d.text()).contains("夜间每两小时"));
		assertThatThrownBy(() -> demo.runAs("wx_safety", () -> adaptations.withdraw(id))).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> demo.runAs("teacher", () -> adaptations.adapt("POST", post, "ADD", null, "x")))
			.isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.runAs("tx_safety", () -> adaptations.adapt("POST", post, "HIDE", "N999", null)))
			.isInstanceOf(BusinessRuleViolation.class);
		demo.runAs("tx_safety", () -> adaptations.withdraw(id));
		assertThat(demo.callAs("guard", () -> duty.mine()).list().version()).isEqualTo(before.list().version());
	}

}
