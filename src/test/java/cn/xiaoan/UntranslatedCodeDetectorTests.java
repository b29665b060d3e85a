package cn.xiaoan;

import java.util.Set;

import cn.xiaoan.support.UntranslatedCodes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detector behind {@link UntranslatedCodeIntegrationTests} finds each kind of leak.
 */
class UntranslatedCodeDetectorTests {

	private final UntranslatedCodes platform = UntranslatedCodes.ofPlatform();

	@Test
	void theDetectorKnowsThePlatformsEnumsAndMessageKeys() {
		assertThat(platform.inText("状态：REPORTED")).singleElement().asString().contains("REPORTED");
		assertThat(platform.inText("等级 hazard.grade.MAJOR")).isNotEmpty();
	}

	@Test
	void aPageSnippetWithEachKindOfLeakIsCaught() {
		UntranslatedCodes codes = new UntranslatedCodes(Set.of("MAJOR", "LOGIN_SUCCESS", "SCHOOL"), Set.of("nav.home"));
		String page = """
				<table><tr><td>隐患等级</td><td>MAJOR</td></tr>
				<tr><td title="LOGIN_SUCCESS">登录</td><td>450422 #25</td></tr>
				<tr><td>??audit.kind.x_zh_CN??</td><td>hazard.status.sub</td><td>nav.home</td></tr></table>
				<select name="level"><option value="SCHOOL">学校</option></select>
				<a href="/hazards?grade=MAJOR" id="MAJOR">重大隐患</a>
				<script>const x = "MAJOR";</script><style>.SCHOOL{}</style>""";
		assertThat(codes.inHtml(page)).hasSize(6)
			.anySatisfy(f -> assertThat(f).startsWith("enum name: MAJOR"))
			.anySatisfy(f -> assertThat(f).startsWith("enum name: LOGIN_SUCCESS"))
			.anySatisfy(f -> assertThat(f).startsWith("id label: #25"))
			.anySatisfy(f -> assertThat(f).startsWith("unresolved key: ??audit.kind.x_zh_CN??"))
			.anySatisfy(f -> assertThat(f).startsWith("message key: hazard.status.sub"))
			.anySatisfy(f -> assertThat(f).startsWith("message key: nav.home"));
	}

	@Test
	void wordsThatOnlyContainACodeAreNotLeaks() {
		UntranslatedCodes codes = new UntranslatedCodes(Set.of("MAJOR", "LEC"), Set.of("nav.home"));
		assertThat(codes.inHtml("""
				<p>MAJORITY 藤县隐患台账-2026-11-30.xlsx www.gov.cn LEC 法 &#35;号 C#</p>
				<a href="/x#1" data-id="#7">链接</a>""")).isEmpty();
	}

	@Test
	void aRequestedAddressIsQuotedButACodeBesideItIsNot() {
		UntranslatedCodes codes = new UntranslatedCodes(Set.of("MAJOR", "GUARD_COUNT"), Set.of());
		assertThat(codes.inText("拒绝访问 /api/v1/policy/regions/530323/GUARD_COUNT")).isEmpty();
		assertThat(codes.inText("/api/v1/hazards 等级 MAJOR")).singleElement()
			.satisfies(f -> assertThat(f).startsWith("enum name: MAJOR"));
	}

}
