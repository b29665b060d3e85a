package cn.xiaoan.org;

import java.util.List;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.ManySchools;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The school picker of the forms: a bureau finds the schools of its own scope by part of
 * a name or a code, at most {@link SchoolSearch#MATCHES} of them, each with its place;
 * nobody finds another region's schools, and students and parents search nothing.
 */
@PlatformTest
class SchoolSearchIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	SchoolSearch search;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void aBigCity() {
		ManySchools.ensure(demo);
	}

	private List<SchoolChoice> found(String user, String text) {
		return demo.callAs(user, () -> search.matching(text, List.of()));
	}

	@Test
	void aCityOfficialFindsItsSchoolsByPartOfTheNameAtMostTwentyOfThem() {
		List<SchoolChoice> found = found(ManySchools.OFFICER, "秀英");
		assertThat(found).hasSize(SchoolSearch.MATCHES).allSatisfy(s -> assertThat(s.name()).contains("秀英"));
		assertThat(found(ManySchools.OFFICER, "第7小学")).extracting(SchoolChoice::name).containsExactly("海口长流第7小学");
	}

	@Test
	void aCodeFindsItsSchoolFirstAndOneCharacterFindsNothing() {
		assertThat(found(ManySchools.OFFICER, "4601000042")).extracting(SchoolChoice::name)
			.containsExactly("海口秀英第42小学");
		// codes in their order
		assertThat(found(ManySchools.OFFICER, "46010000")).hasSize(SchoolSearch.MATCHES)
			.extracting(SchoolChoice::code)
			.startsWith("4601000001", "4601000002", "4601000003");
		assertThat(found(ManySchools.OFFICER, "海")).isEmpty();
	}

	@Test
	void namesThatBeginWithTheTextComeBeforeNamesThatContainIt() {
		List<SchoolChoice> found = found("tx_safety", "藤县");
		assertThat(found).isNotEmpty().allSatisfy(s -> assertThat(s.name()).startsWith("藤县"));
		List<SchoolChoice> inside = found(ManySchools.OFFICER, "小学");
		assertThat(inside).hasSize(SchoolSearch.MATCHES);
		assertThat(inside.get(0).name()).isEqualTo(ManySchools.TWIN);
	}

	@Test
	void twoSchoolsOfOneNameAreToldApartByTheirPlace() {
		List<SchoolChoice> twins = found(ManySchools.OFFICER, ManySchools.TWIN);
		assertThat(twins).hasSize(2);
		assertThat(twins).extracting(SchoolChoice::place).containsExactlyInAnyOrder("秀英区 · 长流镇", "龙华区");
	}

	@Test
	void nobodyFindsTheSchoolsOfAnotherRegion() {
		assertThat(found(ManySchools.OFFICER, "藤县")).isEmpty();
		assertThat(found("wz_safety", "海口")).isEmpty();
		assertThat(found("tx_safety", "万秀")).isEmpty();
		assertThat(found("principal", "藤县")).extracting(SchoolChoice::id).containsExactly(demo.schoolOf("principal"));
		long wuzhou = demo.schoolsIn("450403").get(0);
		assertThat(demo.callAs(ManySchools.OFFICER, () -> search.matching("", List.of(wuzhou)))).isEmpty();
	}

	@Test
	void studentsAndParentsSearchNothing() throws Exception {
		for (String user : List.of("student", "parent")) {
			assertThatThrownBy(() -> found(user, "藤县")).isInstanceOf(AccessDenied.class);
			mvc.perform(get("/org/schools/pick").param("q", "藤县").with(demo.as(user)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void aBigCityTypesASmallCountyListsAndASchoolHasItsOwn() {
		SchoolField city = demo.callAs(ManySchools.OFFICER, () -> search.field(null));
		assertThat(city.searched()).isTrue();
		assertThat(city.schools()).isEmpty();
		SchoolField county = demo.callAs("tx_safety", () -> search.field("0"));
		assertThat(county.listed()).isTrue();
		assertThat(county.schools()).extracting(SchoolChoice::id)
			.containsExactlyInAnyOrderElementsOf(demo.schoolsIn("450422"));
		SchoolField school = demo.callAs("principal", () -> search.field(null));
		assertThat(school.fixed()).isTrue();
		assertThat(school.schools()).extracting(SchoolChoice::id).containsExactly(demo.schoolOf("principal"));
	}

	@Test
	void aChosenSchoolComesBackFirstAndOneOutsideTheScopeDoesNot() {
		long chosen = ManySchools.ids(demo).get(10);
		long outside = demo.schoolsIn("450422").get(0);
		SchoolField field = demo.callAs(ManySchools.OFFICER, () -> search.field(chosen + ""));
		assertThat(field.schools()).extracting(SchoolChoice::id).containsExactly(chosen);
		assertThat(demo.callAs(ManySchools.OFFICER, () -> search.field(List.of(outside, chosen))).schools())
			.extracting(SchoolChoice::id)
			.containsExactly(chosen);
		assertThat(demo.callAs(ManySchools.OFFICER, () -> search.matching("长流", List.of(chosen))).get(0).id())
			.isEqualTo(chosen);
	}

	@Test
	void thePickerAnswersChoicesNamedLikeTheFormsField() throws Exception {
		long chosen = ManySchools.ids(demo).get(4);
		String html = mvc
			.perform(get("/org/schools/pick").param("q", "海口")
				.param("field", "schoolIds")
				.param("multiple", "true")
				.param("schoolIds", String.valueOf(chosen))
				.with(demo.as(ManySchools.OFFICER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.split("type=\"checkbox\"", -1)).hasSize(SchoolSearch.MATCHES + 2);
		assertThat(html).contains("name=\"schoolIds\"", "value=\"" + chosen + "\" checked")
			.as("60 schools match: the first 20 are shown, not \"20 found\"")
			.contains("显示前20所匹配的学校")
			.doesNotContain("找到20所学校")
			.doesNotContain("<html");
		assertThat(mvc.perform(get("/org/schools/pick").param("q", "第7小学").with(demo.as(ManySchools.OFFICER)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("找到1所学校");
		String nothing = mvc.perform(get("/org/schools/pick").param("q", "藤县").with(demo.as(ManySchools.OFFICER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(nothing).contains("没有匹配的学校").doesNotContain("type=\"radio\"");
	}

}
