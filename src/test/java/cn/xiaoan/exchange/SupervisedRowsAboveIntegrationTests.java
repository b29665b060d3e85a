package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.xiaoan.hazard.HazardStatus;
import cn.xiaoan.hazard.HazardSummary;
import cn.xiaoan.support.FormClient;
import cn.xiaoan.support.Sheets;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.xiaoan.exchange.SupervisionAboveIntegrationTests.BUTTON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The city's 督办 page above its county (ADR 0078): the hazards under 督办 below are its
 * rows, read-only and marked 下级平台, so that the ledger's "督办 N 件" button counts exactly
 * what the page lists, and the API lists them too (ADR 0081); another city's bureau on
 * the same installation sees none of them.
 */
@PlatformTest
class SupervisedRowsAboveIntegrationTests extends CityAboveFixture {

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * ADR 0078: the city's 督办 page lists each hazard under 督办 below as a read-only row
	 * (number, school, county, grade, deadline, the supervising bureau and its level,
	 * state, overdue or not), among its own by urgency, and the button counts exactly its
	 * rows, with the closed ones only under "含已销号"; another city's bureau has none.
	 */
	@Test
	void supervisedPageAboveListsTheHazardsBelowAsRows() throws Exception {
		try (ConfigurableApplicationContext city = city("exchange_supervised_rows")) {
			JdbcClient above = city.getBean(JdbcClient.class);
			SupervisedBelow supervised = supervisedBelow(city, "楼梯扶手松动（督办清单）");
			long listed = supervised.hazard();
			String number = HazardSummary.number(listed);
			HazardSummary below = demo.callAs("tx_safety", () -> hazards.summary(listed));
			String school = demo.jdbc()
				.sql("select name from org.school where id = :s")
				.param("s", below.schoolId())
				.query(String.class)
				.single();
			MessageSource messages = city.getBean(MessageSource.class);

			FormClient wz = signIn(city, "wz_admin");
			String board = wz.get("/hazards/supervised").body();
			assertThat(row(board, number))
				.contains(number, "下级平台", school, ">藤县<", "重大隐患", below.deadline().toString(), "藤县教育局（县级）",
						label(messages, below.status()), "未逾期", "来自藤县平台")
				.doesNotContain("hazard-link")
				.doesNotContain("notice.pdf");
			// the button is the page's rows (the city has none of its own)
			long rows = rows(board);
			assertThat(count(board, "class=\"supervised-below\"")).isEqualTo(rows);
			assertThat(Long.parseLong(matched(BUTTON, wz.get("/hazards").body()).group(1))).isEqualTo(rows);
			assertThat(board).contains("共 " + rows + " 件：本平台 0 件，下级平台 " + rows + " 件");
			// the API lists the page's rows, those below marked and with nothing of a
			// person
			apiListsThePagesRows(wz);
			JsonNode api = row(JSON.readTree(wz.get("/api/v1/hazards/supervised").body()), number);
			assertThat(api.get("source").asString()).isEqualTo("藤县平台");
			assertThat(api.get("key").asString()).isEqualTo("below-藤县平台-" + number);
			assertThat(api.get("id").isNull()).as("no id of this platform").isTrue();
			assertThat(api.get("schoolId").isNull()).isTrue();
			assertThat(api.get("title").isNull()).as("the title stays below").isTrue();
			assertThat(api.get("schoolName").asString()).isEqualTo(school);
			assertThat(api.get("deadline").asString()).isEqualTo(below.deadline().toString());
			assertThat(api.toString()).doesNotContain("listedBy", "summonNote", "楼梯扶手松动");

			// the 督办 list's workbook has them too, marked where they come from
			List<List<String>> sheet = Sheets.read(wz.bytes("/hazards/supervised/export"));
			assertThat(sheet.get(0)).last().isEqualTo("来源");
			assertThat(sheet).filteredOn(r -> r.get(0).equals(number))
				.singleElement()
				.satisfies(r -> assertThat(r).contains(school, "藤县教育局", below.deadline().toString(),
						label(messages, below.status()), "来自藤县平台"));
			assertThat(sheet).as("the workbook lists what the page lists with the closed ones, and a header")
				.hasSize((int) rows(wz.get("/hazards/supervised?closed=true").body()) + 1);

			// past its 督办's deadline, as sent: overdue, and only overdue ones before it
			above.sql("update exchange.mirrored_hazard set supervision_deadline = :d where hazard_id = :h")
				.param("d", LocalDate.now(BEIJING).minusDays(1))
				.param("h", listed)
				.update();
			String late = wz.get("/hazards/supervised").body();
			assertThat(row(late, number)).contains("整改逾期").doesNotContain("未逾期");
			String[] first = late.substring(0, late.indexOf("data-number=\"" + number + "\"")).split("<tr ");
			for (String before : first) {
				if (before.contains("data-number=")) {
					assertThat(before).as("a row before an overdue one").contains("text-bg-danger");
				}
			}
			screenshots(SecondInstance.port(city), "supervised-rows", "/hazards/supervised");

			// closed below: gone from the page and the button, listed under 含已销号
			closedAbove(city, supervised);
			String after = wz.get("/hazards/supervised").body();
			assertThat(after).doesNotContain("data-number=\"" + number + "\"");
			assertThat(Long.parseLong(matched(BUTTON, wz.get("/hazards").body()).group(1))).isEqualTo(rows(after))
				.isEqualTo(rows - 1);
			assertThat(row(wz.get("/hazards/supervised?closed=true").body(), number))
				.contains(label(messages, HazardStatus.CLOSED), "已现场验收");

			apiListsThePagesRows(wz);

			// another city's bureau on the same installation: no row, and a button of 0
			FormClient gl = signIn(city, "gl_admin");
			assertThat(rows(gl.get("/hazards/supervised?closed=true").body())).isZero();
			assertThat(JSON.readTree(gl.get("/api/v1/hazards/supervised").body()).size()).isZero();
			apiListsThePagesRows(gl);
			assertThat(matched(BUTTON, gl.get("/hazards").body()).group(1)).isEqualTo("0");
		}
	}

	/**
	 * ADR 0081: {@code GET /api/v1/hazards/supervised} lists, for the same caller and
	 * filter (with or without the closed ones), the rows the 督办 page lists, in its order.
	 */
	private static void apiListsThePagesRows(FormClient client) throws Exception {
		for (boolean closed : new boolean[] { false, true }) {
			JsonNode api = JSON.readTree(client.get("/api/v1/hazards/supervised?closed=" + closed).body());
			List<String> page = Pattern.compile("<tr [^>]*data-number=\"([^\"]+)\"")
				.matcher(client.get("/hazards/supervised?closed=" + closed).body())
				.results()
				.map(m -> m.group(1))
				.toList();
			List<String> listed = new ArrayList<>();
			api.forEach(r -> listed.add(r.get("number").asString()));
			assertThat(listed).as("closed=" + closed).containsExactlyElementsOf(page);
			api.forEach(r -> assertThat(r.get("source").isNull()).as(r.toString())
				.isEqualTo(r.get("key").asString().startsWith("here-")));
		}
	}

	private static JsonNode row(JsonNode rows, String number) {
		for (JsonNode r : rows) {
			if (r.get("number").asString().equals(number)) {
				return r;
			}
		}
		throw new AssertionError("no row " + number + " in " + rows);
	}

	/** The 督办 page's row of a hazard from below. */
	private static String row(String page, String number) {
		return matched(Pattern.compile(
				"<tr (?=[^>]*data-number=\"" + number + "\")(?=[^>]*class=\"supervised-below\")[^>]*>(.*?)</tr>",
				Pattern.DOTALL), page)
			.group(1);
	}

	/** How many hazards the 督办 page lists. */
	private static long rows(String page) {
		return Pattern.compile("<tr [^>]*data-number=").matcher(page).results().count();
	}

	private static String label(MessageSource messages, HazardStatus status) {
		return messages.getMessage(status.messageKey(), null, Locale.SIMPLIFIED_CHINESE);
	}

}
