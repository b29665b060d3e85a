package cn.xiaoan.exchange;

import cn.xiaoan.hazard.LedgerElsewhere;
import cn.xiaoan.support.CityInstallation;

import org.springframework.jdbc.core.simple.JdbcClient;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR 0066's figures: 1,000 hazards' states pushed and applied, then the same states
 * older by one version (none applies); the ledger's figures from 100,000 mirrored
 * hazards.
 */
final class HazardStatesThroughput {

	private final Outbox outbox;

	private final CountyBelow county;

	HazardStatesThroughput(Outbox outbox, CountyBelow county) {
		this.outbox = outbox;
		this.county = county;
	}

	void measure(JdbcClient city, long up, LedgerElsewhere ledger, LedgerElsewhere.Filter all) {
		int n = 1000;
		for (int version : new int[] { 1, 0 }) {
			for (int i = 1; i <= n; i++) {
				outbox.enqueueTo(up, MirroredHazards.STATUS,
						java.util.Map.ofEntries(java.util.Map.entry("hazardId", 5_000_000 + i),
								java.util.Map.entry("number", "YH" + i), java.util.Map.entry("schoolId", 1),
								java.util.Map.entry("schoolName", "bench"),
								java.util.Map.entry("regionCode", "450422001"), java.util.Map.entry("category", "FIRE"),
								java.util.Map.entry("foundAt", "2026-12-01T08:00:00+08:00"),
								java.util.Map.entry("status", version == 1 ? "CLOSED" : "RECTIFYING"),
								java.util.Map.entry("grade", "GENERAL"), java.util.Map.entry("deadline", "2026-12-08"),
								java.util.Map.entry("closedAt", "2026-12-02T08:00:00+08:00"),
								java.util.Map.entry("version", version)));
			}
			long started = System.nanoTime();
			drain(county.push, county.demo.jdbc(), up);
			System.out.printf("EXCHANGE-STATES %d hazard states of version %d pushed and applied in %.2f s%n", n,
					version, (System.nanoTime() - started) / 1e9);
		}
		assertThat(city.sql("""
				select count(*) from exchange.mirrored_hazard
				where hazard_id > 5000000 and status = 'CLOSED' and status_version = 1""").query(Long.class).single())
			.as("the older states changed nothing")
			.isEqualTo(n);
		long peer = city.sql("select id from exchange.peer").query(Long.class).single();
		city.sql(
				"""
						insert into exchange.mirrored_hazard (peer_id, origin, origin_name, origin_region, hazard_id, number,
						  school_id, school_name, region_code, category, grade, reported_at, status, deadline, status_version)
						select :peer, p.installation, p.name, p.region_code, 10000000 + g, 'X' || g, 1 + g % 300, 'school ' || (1 + g % 300),
						       '450422' || lpad(cast(100 + g % 20 as text), 3, '0'), 'FIRE', 'GENERAL',
						       cast(cast(:from as date) as timestamp) at time zone 'Asia/Shanghai' + (g % 360) * interval '1 day',
						       (array['REPORTED', 'RECTIFYING', 'VERIFIED', 'CLOSED'])[1 + g % 4],
						       cast(:from as date) + (g % 400), 1
						from generate_series(1, 100000) g join exchange.peer p on p.id = :peer""")
			.param("peer", peer)
			.param("from", all.from())
			.update();
		city.sql("analyze exchange.mirrored_hazard").update();
		long[] ms = new long[5];
		for (int i = 0; i < ms.length; i++) {
			long started = System.nanoTime();
			CityInstallation.asBureau(() -> ledger.figures(all));
			ms[i] = (System.nanoTime() - started) / 1_000_000;
		}
		java.util.Arrays.sort(ms);
		System.out.printf("EXCHANGE-LEDGER-FIGURES the city's ledger figures over 100,000 mirrored hazards: %d ms"
				+ " (median of 5)%n", ms[2]);
	}

}
