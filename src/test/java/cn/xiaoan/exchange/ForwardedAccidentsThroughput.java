package cn.xiaoan.exchange;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static cn.xiaoan.exchange.ForwardedRecords.queued;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0071's figures: 1,000 accident reports from 藤县 through 梧州市 to 广西 — applied and
 * forwarded by the city, applied by the province — and the same reports again after them,
 * which change nothing and go no further.
 */
final class ForwardedAccidentsThroughput {

	static final int N = 1000;

	static final long FIRST = 7_000_000;

	private final Outbox outbox;

	private final CountyBelow county;

	private final ForwardingNetwork network;

	private final long countyUp;

	private final long cityUp;

	ForwardedAccidentsThroughput(Outbox outbox, CountyBelow county, ForwardingNetwork network, long countyUp,
			long cityUp) {
		this.outbox = outbox;
		this.county = county;
		this.network = network;
		this.countyUp = countyUp;
		this.cityUp = cityUp;
	}

	void measure() {
		JdbcClient middle = network.city.db();
		for (String round : new String[] { "new", "again" }) {
			long forwardedBefore = queued(middle, cityUp, MirroredAccidents.RELAYED);
			for (int i = 1; i <= N; i++) {
				Map<String, Object> body = accident(FIRST + i, null);
				outbox.enqueueTo(countyUp, MirroredAccidents.REPORTED, body);
			}
			long started = System.nanoTime();
			drain(county.push, county.demo.jdbc(), countyUp);
			double below = (System.nanoTime() - started) / 1e9;
			long forwarded = queued(middle, cityUp, MirroredAccidents.RELAYED) - forwardedBefore;
			started = System.nanoTime();
			network.city.drain(cityUp);
			double above = (System.nanoTime() - started) / 1e9;
			System.out.printf(
					"EXCHANGE-FORWARD-ALL %d accident reports (%s): county -> city applied and %d forwarded in %.2f s,"
							+ " city -> province applied in %.2f s%n",
					N, round, forwarded, below, above);
			assertThat(forwarded).as(round).isEqualTo("new".equals(round) ? N : 0);
		}
		assertThat(network.province.db()
			.sql("""
					select count(*) from exchange.mirrored_accident
					where origin = 'xiaoan' and accident_id > :first and accident_id <= :last""")
			.param("first", FIRST)
			.param("last", FIRST + N)
			.query(Long.class)
			.single()).as("every report through the middle, once").isEqualTo(N);
	}

	/**
	 * An accident report of a school of 藤县; forwarded from {@code origin} when given (as
	 * a city sends it on).
	 */
	static Map<String, Object> accident(long id, String origin) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (origin != null) {
			new Forwarded.Origin(origin, origin, "450000").into(body);
			body.put("closed", false);
		}
		body.put("accidentId", id);
		body.put("schoolId", 1);
		body.put("schoolName", "bench");
		body.put("regionCode", "450422001");
		body.put("kind", "CAMPUS_INJURY");
		body.put("severity", "GENERAL");
		body.put("occurredAt", "2026-12-01T08:00:00+08:00");
		return body;
	}

}
