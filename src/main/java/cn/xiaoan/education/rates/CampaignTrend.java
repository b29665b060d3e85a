package cn.xiaoan.education.rates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.DailyCount;
import cn.xiaoan.education.Rates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A unit's cumulative rates at the end of each day of a campaign so far (北京时间 days, as
 * the roll-up dates them): what each day added here ({@code education.rate_daily}) and,
 * for a region unit, what the schools below that sent their days added (ADR 0079), over
 * the 应参与 of the same schools. A day below outside the campaign's days so far (a clock
 * apart) counts on its first or last day, so the last point is the unit's totals.
 */
@Component
class CampaignTrend {

	private final JdbcClient jdbc;

	private final TargetedRates targeted;

	private final RatesBelow below;

	CampaignTrend(JdbcClient jdbc, TargetedRates targeted, RatesBelow below) {
		this.jdbc = jdbc;
		this.targeted = targeted;
		this.below = below;
	}

	Rates.Trend of(Campaign campaign, String unit) {
		TargetedRates.Figures self = targeted.of(campaign, unit).get(unit);
		RatesBelow.Daily fromBelow = below.daily(campaign.id(), unit);
		int assigned = fromBelow.assigned() + (self == null ? 0 : self.rates().assigned());
		int asked = fromBelow.parentAsked() + (self == null ? 0 : self.rates().parentAsked());
		LocalDate from = campaign.startsOn();
		LocalDate to = campaign.lastDay().isAfter(LocalDate.now()) ? LocalDate.now() : campaign.lastDay();
		if (to.isBefore(from)) {
			return new Rates.Trend(List.of(), fromBelow.sources(), fromBelow.leftOut());
		}
		Map<LocalDate, int[]> added = new TreeMap<>();
		jdbc.sql("""
				select day, participated, completed, took, passed, parent_done from education.rate_daily
				where campaign_id = :c and unit = :u""")
			.param("c", campaign.id())
			.param("u", unit)
			.query((rs, n) -> add(added, from, to,
					new DailyCount(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getInt(3), rs.getInt(4),
							rs.getInt(5), rs.getInt(6))))
			.list();
		fromBelow.days().forEach(d -> add(added, from, to, d));
		List<Rates.TrendPoint> points = new ArrayList<>();
		int[] sum = new int[5];
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			int[] a = added.getOrDefault(day, new int[5]);
			for (int i = 0; i < sum.length; i++) {
				sum[i] += a[i];
			}
			points.add(new Rates.TrendPoint(day,
					new Rates(unit, "", assigned, sum[0], sum[1], sum[2], sum[3], sum[4], asked)));
		}
		return new Rates.Trend(points, fromBelow.sources(), fromBelow.leftOut());
	}

	private static int[] add(Map<LocalDate, int[]> added, LocalDate from, LocalDate to, DailyCount d) {
		LocalDate day = d.day().isBefore(from) ? from : d.day().isAfter(to) ? to : d.day();
		int[] a = added.computeIfAbsent(day, k -> new int[5]);
		a[0] += d.participated();
		a[1] += d.completed();
		a[2] += d.took();
		a[3] += d.passed();
		a[4] += d.parentDone();
		return a;
	}

}
