package cn.xiaoan.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.xiaoan.assessment.AssessmentPeriod;
import cn.xiaoan.assessment.InterviewFilter;
import cn.xiaoan.assessment.Interviews;
import cn.xiaoan.assessment.OpenInterview;
import cn.xiaoan.assessment.SchemeView;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.FormClient;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.TENGXIAN;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The city above its county (ADR 0077): a 约谈 opened at 藤县 shows on the city's 约谈 page,
 * read-only and marked as from the lower platform, and follows its progress; an older
 * state arriving late or a state resent changes nothing; every count on the page is the
 * rows its link lists; the API lists the page's rows and the 通报 counts the 约谈 below (ADR
 * 0081); another city's bureau on the same installation sees none of it.
 */
@PlatformTest
class InterviewsAboveIntegrationTests extends CityAboveFixture {

	private static final String REASON = "约谈事由只留在县平台（联网约谈）";

	private static final String REPLY = "整改情况只留在县平台：已更换灭火器并补齐台账";

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	Interviews interviews;

	@Test
	void theCountysInterviewGoesUpWithItsProgressAndNoOlderStateUndoesIt() throws Exception {
		try (ConfigurableApplicationContext city = city("exchange_interviews_up")) {
			JdbcClient above = city.getBean(JdbcClient.class);
			long up = county.linkTo(city, "藤县平台");
			long opened = openAtTheCounty();
			county.sendOpenHazards(up);
			awaitState(above, up, opened, "OPEN", 0);

			FormClient wz = signIn(city, "wz_admin");
			String page = wz.get("/assessment/interviews").body();
			Matcher row = matched(Pattern.compile("id=\"elsewhere-interview-" + opened + "\"[\\s\\S]*?</tr>"), page);
			assertThat(row.group()).contains("下级平台 · 藤县平台").contains("待整改").doesNotContain("href=");
			assertThat(page).contains("id=\"interview-elsewhere-note\"");
			countsAgreeWithTheirLists(wz);
			apiListsThePagesRows(wz);
			JsonNode api = apiRow(wz, opened);
			assertThat(api.get("id").isNull()).as("no id of this platform").isTrue();
			assertThat(api.get("schoolId").isNull()).isTrue();
			assertThat(api.get("status").asString()).isEqualTo("OPEN");
			assertThat(List.of("reason", "reply", "comment", "openedByName"))
				.allSatisfy(field -> assertThat(api.get(field).isNull()).as(field).isTrue());
			// a 约谈 by id is this platform's only
			assertThat(wz.get("/api/v1/assessment/interviews/" + opened).statusCode()).isEqualTo(404);
			// the reason stays below: nothing of it reached the city
			assertThat(above.sql("select count(*) from exchange.receipt where body::text like :t")
				.param("t", "%" + REASON.substring(0, 6) + "%")
				.query(Long.class)
				.single()).isZero();

			// the school's leaders submit their rectification: the city follows
			demo.runAs("principal", () -> interviews.reply(opened, REPLY));
			awaitState(above, up, opened, "REPLIED", 1);
			assertThat(matched(Pattern.compile("id=\"elsewhere-interview-" + opened + "\"[\\s\\S]*?</tr>"),
					wz.get("/assessment/interviews?state=replied").body())
				.group()).contains("待审核").contains("提交整改情况");
			assertThat(apiRow(wz, opened).get("status").asString()).isEqualTo("REPLIED");
			assertThat(wz.get("/api/v1/assessment/interviews").body()).doesNotContain(REPLY.substring(0, 6));

			// every state sent so far sent again, under new sequences: the oldest (OPEN,
			// version 0) arrives after the newest, and the newest once more
			OffsetDateTime updated = updatedAt(above, opened);
			int resent = demo.jdbc()
				.sql("""
						insert into exchange.outbox (peer_id, kind, version, body)
						select peer_id, kind, version, body from exchange.outbox
						where peer_id = :p and kind = :k and (body ->> 'interviewId')::bigint = :id order by id""")
				.param("p", up)
				.param("k", InterviewsUp.KIND)
				.param("id", opened)
				.update();
			assertThat(resent).isGreaterThanOrEqualTo(2);
			drain(county.push, demo.jdbc(), up);
			assertThat(state(above, opened)).containsExactly("REPLIED", 1);
			assertThat(updatedAt(above, opened)).isEqualTo(updated);
			assertThat(above
				.sql("select count(*) from exchange.receipt where kind = :k and state = 'APPLIED'"
						+ " and (body ->> 'interviewId')::bigint = :id")
				.param("k", InterviewsUp.KIND)
				.param("id", opened)
				.query(Long.class)
				.single()).as("the resent states arrived and changed nothing").isGreaterThanOrEqualTo(4);

			// accepted below: done above, and the reply never went up
			demo.runAs("tx_safety", () -> interviews.decide(opened, true, "验收通过"));
			awaitState(above, up, opened, "ACCEPTED", 2);
			assertThat(above.sql("select count(*) from exchange.receipt where body::text like :t")
				.param("t", "%" + REPLY.substring(0, 6) + "%")
				.query(Long.class)
				.single()).isZero();
			// as if another 约谈 below had passed its deadline unanswered
			above
				.sql("update exchange.mirrored_interview set deadline = :d where interview_id <> :id"
						+ " and status <> 'ACCEPTED'")
				.param("d", LocalDate.now(BEIJING).minusDays(1))
				.param("id", opened)
				.update();
			countsAgreeWithTheirLists(wz);
			apiListsThePagesRows(wz);
			assertThat(wz.get("/assessment/interviews?state=done").body())
				.contains("id=\"elsewhere-interview-" + opened + "\"");
			theCircularCountsTheInterviewsBelow(city, wz, up);

			screenshots(SecondInstance.port(city), "interviews", "/assessment/interviews");

			// another city's bureau on the same installation sees none of them
			String other = signIn(city, "gl_admin").get("/assessment/interviews").body();
			assertThat(other).doesNotContain("elsewhere-interview-").doesNotContain("interview-elsewhere-note");
			assertThat(count(other, "class=\"small interview-count-below\"")).isZero();
			FormClient gl = signIn(city, "gl_admin");
			assertThat(JSON.readTree(gl.get("/api/v1/assessment/interviews").body()).size()).isZero();
			apiListsThePagesRows(gl);
			var unknown = gl.get("/api/v1/assessment/interviews?state=late");
			assertThat(unknown.statusCode()).isEqualTo(400);
			assertThat(unknown.body()).contains("\"state\"");
		}
	}

	/**
	 * ADR 0081: the 通报 of the city's own scheme for the quarter counts, in 藤县's row, the
	 * 约谈 藤县 opened for that quarter, as the API lists them, and says it holds data from
	 * below.
	 */
	private void theCircularCountsTheInterviewsBelow(ConfigurableApplicationContext city, FormClient wz, long up)
			throws Exception {
		AssessmentPeriod quarter = AssessmentPeriod.quarterOf(LocalDate.now(BEIJING));
		county.score(quarter);
		county.sendScores(up);
		long scheme = CityInstallation.defineScheme(city, quarter.from().getYear());
		long below = 0;
		for (JsonNode r : JSON.readTree(wz.get("/api/v1/assessment/interviews").body())) {
			if (!r.get("source").isNull() && r.get("periodKey").asString().equals(quarter.key())
					&& r.get("regionCode").asString().startsWith(TENGXIAN)) {
				below++;
			}
		}
		assertThat(below).isPositive();
		byte[] pdf = wz.bytes("/assessment/schemes/" + scheme + "/circular/pdf?period=" + quarter.key());
		Files.createDirectories(Path.of("target/screenshots"));
		Files.write(Path.of("target/screenshots/exchange-interviews-circular.pdf"), pdf);
		String text = pdfText(pdf);
		assertThat(matched(Pattern.compile("藤县（来自藤县平台）[\\s\\S]*?约谈 (\\d+) 所"), text).group(1))
			.isEqualTo(Long.toString(below));
		assertThat(text).contains("本通报含下级平台数据").contains("本期约谈 " + below + " 起");
	}

	private static String pdfText(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
		}
		return text.toString();
	}

	/**
	 * ADR 0081: on every filter {@code GET /api/v1/assessment/interviews} lists the rows
	 * the page lists: this platform's by id, those below marked with their source and
	 * without an id here.
	 */
	private static void apiListsThePagesRows(FormClient client) throws Exception {
		for (InterviewFilter filter : InterviewFilter.values()) {
			String page = client.get("/assessment/interviews?state=" + filter.param()).body();
			List<String> listed = Pattern.compile("<tr id=\"(?:elsewhere-)?interview-(\\d+)\"")
				.matcher(page)
				.results()
				.map(m -> (m.group().contains("elsewhere-") ? "below-" : "here-") + m.group(1))
				.toList();
			List<String> api = new ArrayList<>();
			for (JsonNode r : JSON
				.readTree(client.get("/api/v1/assessment/interviews?state=" + filter.param()).body())) {
				String key = r.get("key").asString();
				assertThat(r.get("source").isNull()).as(key).isEqualTo(key.startsWith("here-"));
				api.add(r.get("source").isNull() ? "here-" + r.get("id").asLong()
						: "below-" + key.substring(key.lastIndexOf('-') + 1));
			}
			assertThat(api).as(filter.param()).containsExactlyElementsOf(listed);
		}
	}

	/** The API's row of a 约谈 opened below. */
	private static JsonNode apiRow(FormClient client, long interview) throws Exception {
		for (JsonNode r : JSON.readTree(client.get("/api/v1/assessment/interviews").body())) {
			if (r.get("key").asString().equals("below-藤县平台-" + interview)) {
				assertThat(r.get("source").asString()).isEqualTo("藤县平台");
				return r;
			}
		}
		throw new AssertionError("no row of " + interview);
	}

	/**
	 * On every filter the count of its link is the rows the link lists, and its "of which
	 * below" the rows marked as from below.
	 */
	private static void countsAgreeWithTheirLists(FormClient client) throws Exception {
		String all = client.get("/assessment/interviews").body();
		for (InterviewFilter filter : InterviewFilter.values()) {
			Matcher chip = matched(Pattern.compile("id=\"count-" + filter.param()
					+ "\"[^>]*>\\s*<span>[^<]*</span>\\s*<span class=\"badge text-bg-light interview-count\">(\\d+)</span>"
					+ "(?:\\s*<span class=\"small interview-count-below\">含下级平台 (\\d+)</span>)?"), all);
			String list = client.get("/assessment/interviews?state=" + filter.param()).body();
			long below = count(list, "class=\"interview-elsewhere\"");
			assertThat(Long.parseLong(chip.group(1))).as(filter.param())
				.isEqualTo(count(list, "class=\"interview-here\"") + below);
			assertThat(chip.group(2) == null ? 0 : Long.parseLong(chip.group(2))).as(filter.param()).isEqualTo(below);
		}
	}

	/** A 约谈 of the demo's school, opened by 藤县's bureau under its own scheme. */
	private long openAtTheCounty() {
		long scheme = demo.callAs("tx_safety", () -> county.schemes.schemes())
			.stream()
			.filter(s -> s.regionCode().equals(TENGXIAN))
			.map(SchemeView::id)
			.findFirst()
			.orElseThrow();
		long school = demo.schoolOf("principal");
		LocalDate today = LocalDate.now(BEIJING);
		return demo.callAs("tx_safety", () -> interviews.open(scheme,
				new OpenInterview(school, AssessmentPeriod.quarterOf(today).key(), REASON, today.plusDays(14))));
	}

	private void awaitState(JdbcClient above, long up, long interview, String status, int version) {
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			drain(county.push, demo.jdbc(), up);
			return List.of(status, version).equals(state(above, interview));
		});
	}

	private static List<Object> state(JdbcClient above, long interview) {
		return above.sql("select status, version from exchange.mirrored_interview where interview_id = :id")
			.param("id", interview)
			.query((rs, n) -> List.<Object>of(rs.getString(1), rs.getInt(2)))
			.optional()
			.orElse(List.of());
	}

	private static OffsetDateTime updatedAt(JdbcClient above, long interview) {
		return above.sql("select updated_at from exchange.mirrored_interview where interview_id = :id")
			.param("id", interview)
			.query(OffsetDateTime.class)
			.single();
	}

}
