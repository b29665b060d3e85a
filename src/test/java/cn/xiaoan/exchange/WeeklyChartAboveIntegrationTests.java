package cn.xiaoan.exchange;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.hazard.ReportHazard;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The city above its county (ADR 0075): the home page's weekly chart counts the county's
 * hazards week by week as the county counts them (found, then first verified or closed),
 * agreeing with the county's own records; another city's bureau sees none of it.
 */
@PlatformTest
class WeeklyChartAboveIntegrationTests extends CityAboveFixture {

	private static final Pattern WEEK = Pattern.compile("<td class=\"xa-card-title\">(\\d{4}-\\d{2}-\\d{2})</td>\\s*"
			+ "<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>(\\d+)</td>");

	/** Statuses after which a hazard no longer counts as open (the ledger's). */
	private static final String DONE = "('VERIFIED', 'CLOSED')";

	@Test
	void weeklyChartAboveCountsTheHazardsBelowWeekByWeek() throws Exception {
		try (ConfigurableApplicationContext city = city("exchange_weekly_chart")) {
			JdbcClient above = city.getBean(JdbcClient.class);
			// below, two hazards found fifteen days ago, open when linked; one of them is
			// verified after: open in the earlier weeks, not today
			long open = foundDaysAgo("消防通道堵塞（周图）", 15);
			long verified = foundDaysAgo("楼梯扶手松动（周图）", 15);
			demo.runAs("safety", () -> {
				hazards.register(verified);
				hazards.grade(verified, HazardGrade.GENERAL, LocalDate.now(BEIJING).plusDays(5));
				hazards.startRectification(verified);
				hazards.completeRectification(verified, "已加固");
			});
			long up = county.linkTo(city, "藤县平台");
			county.sendOpenHazards(up);
			demo.runAs("principal", () -> hazards.verify(verified, true, "验收合格"));
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				drain(county.push, demo.jdbc(), up);
				return above
					.sql("select count(*) from exchange.mirrored_hazard where hazard_id = :h and done_at is not null")
					.param("h", verified)
					.query(Long.class)
					.single() == 1;
			});
			OffsetDateTime verifiedBelow = demo.jdbc()
				.sql("select min(at) from hazard.transition where hazard_id = :h and to_status in " + DONE)
				.param("h", verified)
				.query(OffsetDateTime.class)
				.single();
			OffsetDateTime verifiedAbove = above
				.sql("select done_at from exchange.mirrored_hazard where hazard_id = :h")
				.param("h", verified)
				.query(OffsetDateTime.class)
				.single();
			assertThat(verifiedAbove.toInstant().truncatedTo(ChronoUnit.MILLIS))
				.isEqualTo(verifiedBelow.toInstant().truncatedTo(ChronoUnit.MILLIS));
			List<Long> sentUp = above.sql("select hazard_id from exchange.mirrored_hazard").query(Long.class).list();
			assertThat(sentUp).contains(open, verified);

			String home = signIn(city, "wz_admin").get("/").body();
			List<Week> chart = weeks(home);
			assertThat(chart).hasSizeGreaterThan(2);
			LocalDate today = LocalDate.now(BEIJING);
			assertThat(chart.get(chart.size() - 1).day()).isEqualTo(today);
			for (Week week : chart) {
				// the city has no hazards of its own: each point is the county's, counted
				// from its own records over the hazards it sent up
				assertThat(week.total()).as("open at the end of " + week.day())
					.isEqualTo(openBelow(sentUp, week.day(), today));
			}
			Week lastWeek = chart.get(chart.size() - 2);
			assertThat(lastWeek.day()).isEqualTo(today.minusWeeks(1));
			assertThat(openBelow(List.of(verified), lastWeek.day(), today)).as("verified today, open a week ago")
				.isEqualTo(1);
			assertThat(openBelow(List.of(verified), today, today)).isZero();
			assertThat(home).contains("id=\"trend-with-below\"").doesNotContain("仅含本平台");

			// another city's bureau on the same installation: none of it
			String other = signIn(city, "gl_admin").get("/").body();
			assertThat(weeks(other)).extracting(Week::total).containsOnly(0L);
			assertThat(other).doesNotContain("trend-with-below");

			screenshots(SecondInstance.port(city), "weekly", "/");
		}
	}

	/**
	 * The hazards of {@code ids} below open at the end of {@code day} as the chart counts
	 * them.
	 */
	private long openBelow(List<Long> ids, LocalDate day, LocalDate today) {
		if (day.equals(today)) {
			return demo.jdbc()
				.sql("select count(*) from hazard.hazard where id = any(:ids) and status not in " + DONE)
				.param("ids", ids.toArray(Long[]::new))
				.query(Long.class)
				.single();
		}
		OffsetDateTime ends = day.plusDays(1).atStartOfDay(BEIJING).toOffsetDateTime();
		return demo.jdbc()
			.sql("""
					select count(*) from hazard.hazard h where h.id = any(:ids) and h.found_at < :ends
					  and (h.status not in %1$s
					       or coalesce((select min(x.at) from hazard.transition x where x.hazard_id = h.id
					                    and x.to_status in %1$s), h.closed_at, h.rectified_at, h.found_at) >= :ends)"""
				.formatted(DONE))
			.param("ids", ids.toArray(Long[]::new))
			.param("ends", ends)
			.query(Long.class)
			.single();
	}

	private long foundDaysAgo(String title, int days) {
		long school = demo.schoolOf("principal");
		long id = demo.callAs("safety",
				() -> hazards
					.report(new ReportHazard(school, title, title, "", SafetyCategory.FIRE, HazardSource.AD_HOC, null,
							null, HazardGrade.GENERAL))
					.id());
		demo.jdbc()
			.sql("update hazard.hazard set found_at = found_at - make_interval(days => :d) where id = :id")
			.param("d", days)
			.param("id", id)
			.update();
		return id;
	}

	private record Week(LocalDate day, long major, long general, long ungraded, long total) {
	}

	private static List<Week> weeks(String home) {
		List<Week> weeks = new ArrayList<>();
		Matcher m = WEEK.matcher(home);
		while (m.find()) {
			weeks.add(new Week(LocalDate.parse(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
					Long.parseLong(m.group(4)), Long.parseLong(m.group(5))));
		}
		return weeks;
	}

}
