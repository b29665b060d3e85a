package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ledger page of a bureau above (here 藤县's bureau, with hazards of a township's own
 * installation mirrored below it): the figure cards count the mirrored hazards by their
 * state as last sent, the list under the ledger, filtered as the card's link filters,
 * lists exactly those counted, with their status and deadline; a school's ledger shows
 * none (ADR 0066).
 */
@PlatformTest
class MirroredHazardsOnTheLedgerIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	Peers peers;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void noPeersLeft() {
		demo.jdbc().sql("delete from exchange.peer").update();
	}

	@Test
	void theLedgersCardsCountTheMirroredHazardsByTheirStateAndTheirListsShowThoseCounted() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		String year = "period=" + today.getYear();
		String before = page("tx_safety", year);
		long[] countyBefore = row(page("wz_safety", year), "450422");
		long peer = peers.save(new SavePeer("township", "某镇平台", "http://localhost:1", "450422", PeerDirection.DOWN,
				ExchangeBothWaysIntegrationTests.SECRET));
		mirror(peer, 1, "CLOSED", today.minusDays(2));
		mirror(peer, 2, "RECTIFYING", today.minusDays(3));
		mirror(peer, 3, "GRADED", today.plusDays(3));
		// under 督办 below, whose deadline (yesterday) comes before the hazard's
		mirror(peer, 4, "RECTIFYING", today.plusDays(10));
		demo.jdbc()
			.sql("""
					update exchange.mirrored_hazard set supervised_level = 'COUNTY', supervising_region = '450422',
					  supervision_deadline = :d where hazard_id = 4 and peer_id = :p""")
			.param("d", today.minusDays(1))
			.param("p", peer)
			.update();

		String after = page("tx_safety", year);
		assertThat(figure(after, "fig-open")).isEqualTo(figure(before, "fig-open") + 3);
		assertThat(figure(after, "fig-overdue")).as("MX2 by its deadline, MX4 by its 督办's")
			.isEqualTo(figure(before, "fig-overdue") + 2);
		assertThat(after).contains("id=\"elsewhere-figures\"").contains("下级平台上报 4 项");

		String overdue = page("tx_safety", year + "&overdue=true");
		assertThat(overdue).contains("data-number=\"MX2\"", "data-number=\"MX4\"")
			.doesNotContain("data-number=\"MX1\"")
			.doesNotContain("data-number=\"MX3\"")
			.contains("共 2 项")
			.contains("（逾期）");
		String open = page("tx_safety", year + "&open=true");
		assertThat(open).contains("data-number=\"MX2\"", "data-number=\"MX3\"", "data-number=\"MX4\"")
			.doesNotContain("data-number=\"MX1\"")
			.contains("共 3 项");
		// the 督办 filter lists the one under 督办 below, marked, and counts it
		String supervised = page("tx_safety", year + "&supervised=true");
		assertThat(supervised).contains("data-number=\"MX4\"")
			.doesNotContain("data-number=\"MX2\"")
			.contains("共 1 项")
			.contains("data-label=\"挂牌督办\"><span class=\"badge text-bg-dark supervised-marker\"");
		// the 督办 page lists it as a row, overdue by its 督办's deadline, and counts it as
		// the filter does (ADR 0078); another city's bureau has no such row
		String board = supervisedPage("tx_safety");
		assertThat(board).contains("下级平台挂牌督办的隐患 1 项列于下表").doesNotContain("data-number=\"MX2\"");
		Matcher mx4 = Pattern
			.compile("<tr (?=[^>]*data-number=\"MX4\")(?=[^>]*class=\"supervised-below\")[^>]*>(.*?)</tr>",
					Pattern.DOTALL)
			.matcher(board);
		assertThat(mx4.find()).isTrue();
		assertThat(mx4.group(1)).contains("某镇中心小学", "藤县", "整改逾期", "藤县教育局（县级）", "来自某镇平台");
		// sorted among this platform's: only overdue ones come before it
		for (String earlier : board.substring(0, mx4.start()).split("<tr ")) {
			if (earlier.contains("data-number=")) {
				assertThat(earlier).as("a row before an overdue one").contains("text-bg-danger");
			}
		}
		mvc.perform(get("/hazards/supervised").with(demo.as("principal"))).andExpect(status().isForbidden());
		assertThat(supervisedPage("qj_safety")).doesNotContain("data-number=\"MX").doesNotContain("supervised-below");
		assertThat(page("tx_safety", year + "&status=CLOSED")).contains("data-number=\"MX1\"")
			.contains("已销号")
			.doesNotContain("data-number=\"MX2\"");

		assertThat(page("principal", year)).doesNotContain("elsewhere-figures").doesNotContain("data-number=\"MX");

		// the city's row of 藤县 counts them too, as its link (the ledger of 藤县) lists them
		long[] county = row(page("wz_safety", year), "450422");
		assertThat(county).containsExactly(countyBefore[0] + 4, countyBefore[1] + 3, countyBefore[2],
				countyBefore[3] + 2);
		// another city's bureau sees none of it
		assertThat(page("qj_safety", year)).doesNotContain("elsewhere-figures").doesNotContain("data-number=\"MX");
		assertThat(page("qj_safety", year + "&region=450422")).doesNotContain("data-number=\"MX");
	}

	/** Total, open, major and overdue of a region's row one level down. */
	private static long[] row(String html, String region) {
		Matcher m = Pattern
			.compile("region=" + region + "[^\"]*\"[^>]*>[^<]+</a></td>\\s*"
					+ "<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>")
			.matcher(html);
		assertThat(m.find()).as("the row of " + region).isTrue();
		return new long[] { Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
				Long.parseLong(m.group(4)) };
	}

	private void mirror(long peer, int n, String status, LocalDate deadline) {
		demo.jdbc()
			.sql("""
					insert into exchange.mirrored_hazard (peer_id, origin, origin_name, origin_region, hazard_id, number,
					  school_id, school_name, region_code, category, grade, reported_at, status, deadline, closed_at,
					  status_version)
					select id, installation, name, region_code, :n, 'MX' || :n, 1, '某镇中心小学', '450422101', 'FIRE',
					  'GENERAL', now(), :s, :d, case when :s = 'CLOSED' then now() end, 2
					from exchange.peer where id = :p""")
			.param("p", peer)
			.param("n", n)
			.param("s", status)
			.param("d", deadline)
			.update();
	}

	/** The 督办 page of a bureau (which may see it). */
	private String supervisedPage(String user) throws Exception {
		return mvc.perform(get("/hazards/supervised").with(demo.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private String page(String user, String query) throws Exception {
		return mvc.perform(get("/hazards?" + query).with(demo.as(user)))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private static long figure(String html, String id) {
		Matcher m = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(html);
		assertThat(m.find()).as(id).isTrue();
		return Long.parseLong(m.group(1));
	}

}
