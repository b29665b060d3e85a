package cn.xiaoan.bullying;

import java.time.LocalDate;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A party's family follows the case from their own account (the demo parent, whose child
 * the committee links by student number): the finding, the measures concerning their
 * child, when they were informed; they appeal within the window and it reaches the
 * county's office as a recorded appeal; they see the answer. The other children appear by
 * initials only, no statement or evidence; a case not concerning their child is 404.
 */
@PlatformTest
class BullyingFamilyIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	BullyingReports reports;

	@Autowired
	BullyingManagement management;

	@Autowired
	BullyingReviews reviews;

	@Autowired
	BullyingParties parties;

	@Autowired
	BullyingFamilies families;

	@Autowired
	BullyingCases cases;

	private String numberOf(long studentId) {
		return demo.jdbc()
			.sql("select student_no from people.student where id = :id")
			.param("id", studentId)
			.query(String.class)
			.single();
	}

	/**
	 * A decided case with the given student linked as the victim, informed on the day.
	 */
	private long decidedCase(long victim, LocalDate informed) {
		long id = demo.callAs("safety", () -> reports.report(new ReportBullying(null, informed.minusDays(2), "宿舍",
				"被舍友长期孤立并被藏起衣物", "家长测试", "八年级", "莫振华、韦成", "八年级", "", "", informed.minusDays(2))));
		demo.runAs("principal", () -> {
			parties.link(id, new LinkParty(Side.VICTIM, numberOf(victim)));
			management.recordStatement(id, new RecordStatement(StatementKind.ACTOR, "莫振华", "笔录机密内容"));
			management.decide(id, new DecideCase(true, BullyingKind.SOCIAL, Severity.GENERAL, "委员会内部理由"));
			management.recordMeasure(id, new RecordMeasure(MeasureKind.EDUCATION, "批评教育"));
			management.recordMeasure(id, new RecordMeasure(MeasureKind.PSYCHOLOGICAL_SUPPORT, "心理辅导"));
			management.informFamily(id, new InformFamily(Side.VICTIM, informed, NoticeMethod.PHONE));
		});
		return id;
	}

	@Test
	void theParentSeesTheirChildsCaseAppealsAndReadsTheCountysAnswer() throws Exception {
		long child = demo.studentOf("parent");
		long id = decidedCase(child, LocalDate.now().minusDays(1));
		FamilyCase seen = demo.callAs("parent", () -> families.myCase(id));
		assertThat(seen.side()).isEqualTo(Side.VICTIM);
		assertThat(seen.others()).isEqualTo("莫**、韦*");
		assertThat(seen.measures()).as("measures concerning the victim's side only")
			.containsExactly(MeasureKind.PSYCHOLOGICAL_SUPPORT);
		assertThat(seen.appealUntil()).isEqualTo(LocalDate.now().minusDays(1).plusDays(7));
		assertThat(seen.mayAppeal()).isTrue();
		String page = mvc.perform(get("/bullying/family").with(demo.as("parent")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("莫**", "对被欺凌学生心理辅导", "申请复查").doesNotContain("莫振华", "笔录机密内容", "委员会内部理由", "被舍友长期孤立");

		mvc.perform(post("/bullying/family/cases/{id}/appeal", id).param("reason", "孩子仍被孤立，希望县里复查")
			.with(demo.as("parent"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		CaseFile file = demo.callAs("tx_safety", () -> cases.file(id));
		assertThat(file.state()).isEqualTo(CaseState.UNDER_REVIEW);
		assertThat(file.appeal().side()).isEqualTo(Side.VICTIM);
		assertThat(file.appeal().filedOn()).isEqualTo(LocalDate.now());
		assertThat(file.appeal().answerDue()).isEqualTo(LocalDate.now().plusDays(15));
		assertThat(demo.jdbc()
			.sql("select count(*) from audit.entry where entity_type = 'bullying_appeal' and entity_id = :id and action = 'CREATE'")
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1);

		demo.runAs("tx_safety", () -> reviews.answer(id,
				new AnswerAppeal(ReviewOutcome.OVERTURNED, true, BullyingKind.SOCIAL, Severity.SERIOUS, "情节严重")));
		FamilyCase answered = demo.callAs("parent", () -> families.myCase(id));
		assertThat(answered.appeal().ours()).isTrue();
		assertThat(answered.appeal().answered()).isTrue();
		assertThat(answered.appeal().outcome()).isEqualTo(ReviewOutcome.OVERTURNED);
		assertThat(answered.appeal().severity()).isEqualTo(Severity.SERIOUS);
		assertThat(answered.mayAppeal()).isFalse();
		// the student may follow it from the student account too, when it is the child
		assertThat(demo.callAs("student", () -> families.myCases())).extracting(FamilyCase::id).contains(id);
	}

	@Test
	void theAppealWindowClosesSevenDaysAfterTheFamilyWasInformed() {
		long child = demo.studentOf("parent");
		long id = decidedCase(child, LocalDate.now().minusDays(8));
		assertThat(demo.callAs("parent", () -> families.myCase(id)).mayAppeal()).isFalse();
		assertThatThrownBy(() -> demo.runAs("parent", () -> families.appeal(id, new FamilyAppeal("太晚了"))))
			.isInstanceOf(BusinessRuleViolation.class)
			.satisfies(
					e -> assertThat(((BusinessRuleViolation) e).fieldErrors()).containsValue("bullying.appeal.late"));
	}

	@Test
	void aCaseNotConcerningTheirChildIsNotFound() throws Exception {
		long child = demo.studentOf("parent");
		long other = demo.jdbc()
			.sql("select id from people.student where school_id = :s and id <> :c order by id limit 1")
			.param("s", demo.schoolOf("principal"))
			.param("c", child)
			.query(Long.class)
			.single();
		long id = decidedCase(other, LocalDate.now());
		assertThatThrownBy(() -> demo.callAs("parent", () -> families.myCase(id))).isInstanceOf(NotFound.class);
		mvc.perform(get("/api/v1/bullying/family/cases/{id}", id).with(demo.as("parent")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/bullying/family/cases/{id}/appeal", id).with(demo.as("parent"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"冒充\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/bullying/family/cases/{id}/appeal", id).param("reason", "冒充")
			.with(demo.as("parent"))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(demo.callAs("parent", () -> families.myCases())).extracting(FamilyCase::id).doesNotContain(id);
		// staff have no family page
		mvc.perform(get("/bullying/family").with(demo.as("teacher"))).andExpect(status().isForbidden());
	}

	@Test
	void anEmptyReasonIsAFieldError() throws Exception {
		long id = decidedCase(demo.studentOf("parent"), LocalDate.now());
		mvc.perform(post("/api/v1/bullying/family/cases/{id}/appeal", id).with(demo.as("parent"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\" \"}")).andExpect(status().isBadRequest());
	}

}
