package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.xiaoan.education.DailyCount;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What each day added to a school's campaign figures, as it travels with the school's
 * counts (ADR 0079): in the envelope {@code days: [["2026-12-01", took part, completed,
 * took the quiz, passed, parents], …]}, 北京时间 days as the installation below dates them;
 * above in {@code exchange.mirrored_campaign_day}, replaced with the count it came with.
 */
final class CampaignDays {

	/** A campaign runs a few weeks; more days than this is not a campaign's. */
	static final int MAX_DAYS = 400;

	private CampaignDays() {
	}

	/** The days as they go into an envelope. */
	static List<List<Object>> write(List<DailyCount> days) {
		return days.stream()
			.map(d -> List.<Object>of(d.day().toString(), d.participated(), d.completed(), d.took(), d.passed(),
					d.parentDone()))
			.toList();
	}

	/**
	 * The days of a school's count as received, or null when none were sent (a previous
	 * release below) or they are not a school's days: malformed, too many, or not adding
	 * up to the figures they came with (took part, completed, took the quiz, passed,
	 * parents). A day may add less than nothing (homework removed that day).
	 */
	static List<DailyCount> read(JsonNode days, int... totals) {
		if (!days.isArray() || days.size() > MAX_DAYS) {
			return null;
		}
		Map<LocalDate, int[]> byDay = new TreeMap<>();
		int[] sum = new int[5];
		for (JsonNode d : days) {
			if (!d.isArray() || d.size() != 6 || !d.get(0).isString()) {
				return null;
			}
			LocalDate day;
			try {
				day = LocalDate.parse(d.get(0).asString());
			}
			catch (DateTimeParseException ex) {
				return null;
			}
			int[] v = byDay.computeIfAbsent(day, k -> new int[5]);
			for (int i = 0; i < 5; i++) {
				JsonNode n = d.get(i + 1);
				if (!n.isInt()) {
					return null;
				}
				v[i] += n.asInt();
				sum[i] += n.asInt();
			}
		}
		for (int i = 0; i < 5; i++) {
			if (sum[i] != totals[i]) {
				return null;
			}
		}
		List<DailyCount> read = new ArrayList<>();
		byDay.forEach((day, v) -> read.add(new DailyCount(day, v[0], v[1], v[2], v[3], v[4])));
		return read;
	}

	/**
	 * The days kept as a string ({@code day,p,c,t,s,f;…}), as a middle installation
	 * forwards them.
	 */
	static List<DailyCount> parse(String joined) {
		return DailyCount.parseJoined(joined);
	}

	/** A school's days kept with its count just written: the new ones, or none. */
	static void replace(JdbcClient jdbc, long peer, long campaign, String installation, long school,
			List<DailyCount> days) {
		jdbc.sql("""
				delete from exchange.mirrored_campaign_day
				where peer_id = :p and campaign_id = :c and installation = :i and school_id = :s""")
			.param("p", peer)
			.param("c", campaign)
			.param("i", installation)
			.param("s", school)
			.update();
		if (days == null || days.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into exchange.mirrored_campaign_day (peer_id, campaign_id, installation, school_id, day,
				  participated, completed, took, passed, parent_done)
				select :p, :c, :i, :s, u.day, u.a, u.b, u.t, u.k, u.f
				from unnest(cast(:days as date[]), cast(:a as int[]), cast(:b as int[]), cast(:t as int[]),
				  cast(:k as int[]), cast(:f as int[])) u(day, a, b, t, k, f)""")
			.param("p", peer)
			.param("c", campaign)
			.param("i", installation)
			.param("s", school)
			.param("days", days.stream().map(d -> d.day().toString()).toArray(String[]::new))
			.param("a", days.stream().map(DailyCount::participated).toArray(Integer[]::new))
			.param("b", days.stream().map(DailyCount::completed).toArray(Integer[]::new))
			.param("t", days.stream().map(DailyCount::took).toArray(Integer[]::new))
			.param("k", days.stream().map(DailyCount::passed).toArray(Integer[]::new))
			.param("f", days.stream().map(DailyCount::parentDone).toArray(Integer[]::new))
			.update();
	}

}
