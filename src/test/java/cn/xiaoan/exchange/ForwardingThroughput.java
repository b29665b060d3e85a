package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.xiaoan.hazard.LedgerElsewhere;
import cn.xiaoan.support.CityInstallation;

import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0068's figures: 1,000 hazards' states from 藤县 through 梧州市 to 广西 — applied and
 * forwarded by the city, applied by the province — and the same states a version older
 * after them, which change nothing and go no further. One state's 督办 deadline, earlier
 * than the hazard's, makes it overdue above.
 */
final class ForwardingThroughput {

	static final int N = 1000;

	static final long FIRST = 6_000_000;

	private final CountyBelow county;

	private final ForwardingNetwork network;

	private final long countyUp;

	private final long cityUp;

	private final Outbox outbox;

	ForwardingThroughput(CountyBelow county, Outbox outbox, ForwardingNetwork network, long countyUp, long cityUp) {
		this.county = county;
		this.outbox = outbox;
		this.network = network;
		this.countyUp = countyUp;
		this.cityUp = cityUp;
	}

	void measure() {
		JdbcClient middle = network.city.db();
		JdbcClient top = network.province.db();
		for (int version : new int[] { 1, 0 }) {
			long forwardedBefore = relayedOfTheRun(middle);
			for (int i = 1; i <= N; i++) {
				outbox.enqueueTo(countyUp, MirroredHazards.STATUS,
						state(FIRST + i, version == 1 ? "CLOSED" : "RECTIFYING", version, LocalDate.of(2026, 12, 8),
								LocalDate.of(2026, 12, 6)));
			}
			long started = System.nanoTime();
			drain(county.push, county.demo.jdbc(), countyUp);
			double below = (System.nanoTime() - started) / 1e9;
			long forwarded = relayedOfTheRun(middle) - forwardedBefore;
			started = System.nanoTime();
			network.city.drain(cityUp);
			double above = (System.nanoTime() - started) / 1e9;
			System.out.printf(
					"EXCHANGE-FORWARD %d hazard states of version %d: county -> city applied and %d"
							+ " forwarded in %.2f s, city -> province applied in %.2f s%n",
					N, version, forwarded, below, above);
			assertThat(forwarded).as("version %d forwarded", version).isEqualTo(version == 1 ? N : 0);
		}
		assertThat(top.sql("""
				select count(*) from exchange.mirrored_hazard
				where origin = 'xiaoan' and hazard_id > :first and hazard_id <= :last and status = 'CLOSED'
				  and status_version = 1 and supervised_level = 'COUNTY'""")
			.param("first", FIRST)
			.param("last", FIRST + N)
			.query(Long.class)
			.single()).as("every state through the middle, none older").isEqualTo(N);

		// a 督办 deadline before the hazard's own: overdue above by the 督办's, as below
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		long late = FIRST + N + 1;
		outbox.enqueueTo(countyUp, MirroredHazards.STATUS,
				state(late, "RECTIFYING", 5, today.plusDays(30), today.minusDays(1)));
		drain(county.push, county.demo.jdbc(), countyUp);
		network.city.drain(cityUp);
		LedgerElsewhere ledger = network.province.context().getBean(LedgerElsewhere.class);
		LedgerElsewhere.Filter overdue = new LedgerElsewhere.Filter("", null, null, null, null, null, null, true, true);
		assertThat(CityInstallation.asBureau("450000", () -> ledger.newest(overdue, 0, 200)))
			.filteredOn(r -> r.number().equals("B" + late))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.overdue()).isTrue();
				assertThat(r.deadline()).isEqualTo(today.minusDays(1));
			});
		assertThat(CityInstallation.asBureau("450000", () -> ledger.count(overdue)))
			.isEqualTo(CityInstallation.asBureau("450000", () -> ledger.figures(overdue).overdue()));
	}

	/**
	 * The city's relayed hazard states of this run's hazards: the platform's own jobs may
	 * relay other hazards of the county meanwhile.
	 */
	private long relayedOfTheRun(JdbcClient middle) {
		return middle.sql("""
				select count(*) from exchange.outbox where peer_id = :p and kind = :k
				and (body ->> 'hazardId')::bigint > :first and (body ->> 'hazardId')::bigint <= :last""")
			.param("p", cityUp)
			.param("k", HazardMirror.RELAYED)
			.param("first", FIRST)
			.param("last", FIRST + N)
			.query(Long.class)
			.single();
	}

	private static Map<String, Object> state(long hazard, String status, int version, LocalDate deadline,
			LocalDate supervisionDeadline) {
		Map<String, Object> listed = new LinkedHashMap<>();
		listed.put("level", "COUNTY");
		listed.put("bureauRegion", "450422");
		listed.put("noticeNo", "B" + hazard);
		listed.put("deadline", supervisionDeadline.toString());
		listed.put("acceptedAt", null);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("hazardId", hazard);
		body.put("number", "B" + hazard);
		body.put("schoolId", 1);
		body.put("schoolName", "bench");
		body.put("regionCode", "450422001");
		body.put("category", "FIRE");
		body.put("foundAt", "2026-12-01T08:00:00+08:00");
		body.put("status", status);
		body.put("grade", "MAJOR");
		body.put("deadline", deadline.toString());
		body.put("closedAt", "CLOSED".equals(status) ? "2026-12-02T08:00:00+08:00" : null);
		body.put("version", version);
		body.put("escalation", "SCHOOL");
		body.put("supervision", listed);
		return body;
	}

}
