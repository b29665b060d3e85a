package cn.xiaoan.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import cn.xiaoan.bullying.BullyingCounts;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.RegionCode;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bullying goes up only as anonymised counts: per school and month, cases opened and
 * cases found to be bullying. Each count is sent with its absolute value when it changed
 * since it was last sent to that peer, so the mirror above is an upsert and a replay or a
 * repeated send changes nothing; a count that falls to zero (its cases removed) is sent
 * as zero. Each count carries the time it was counted, and is kept above under the
 * installation of its school, so one reaching it directly and through a middle
 * installation (which forwards it, {@code bullying.count.relayed}) is kept once, the
 * newer winning.
 */
@Component
class BullyingCountsUp implements EnvelopeKinds, Forwarded {

	static final String COUNTS = "bullying.counts";

	/**
	 * One school's count of a month a middle installation forwards from below (ADR 0071).
	 */
	static final String RELAYED = "bullying.count.relayed";

	private static final String COLUMNS = """
			origin, origin_name, origin_region, school_id, month, school_name, region_code, cases, bullying,
			nullif(counted_at, '-infinity') counted_at""";

	/** Months sent: this one and the twelve before it. */
	static final int MONTHS = 13;

	private final BullyingCounts counts;

	private final Outbox outbox;

	private final Peers peers;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final OrgManagement org;

	private final Relay relay;

	BullyingCountsUp(BullyingCounts counts, Outbox outbox, Peers peers, JdbcClient jdbc, TransactionTemplate tx,
			Clock clock, OrgManagement org, Relay relay) {
		this.relay = relay;
		this.org = org;
		this.counts = counts;
		this.outbox = outbox;
		this.peers = peers;
		this.jdbc = jdbc;
		this.tx = tx;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${xiaoan.exchange.counts-delay:PT1H}", initialDelayString = "PT1M")
	void sendChangedCounts() {
		for (Peers.Peer peer : peers.all(PeerDirection.UP)) {
			tx.executeWithoutResult(status -> sendChanged(peer.id()));
		}
	}

	/**
	 * Queues the counts that changed since last sent to the peer; another instance doing
	 * the same for the peer right now makes this one skip it.
	 */
	int sendChanged(long peer) {
		if (!peers.claim(peer)) {
			return 0;
		}
		LocalDate from = LocalDate.now(clock).minusMonths(MONTHS - 1);
		String countedAt = OffsetDateTime.now(clock).toString();
		List<Map<String, Object>> changed = new ArrayList<>();
		List<BullyingCounts.SchoolMonth> counted = AsInstallation.call(() -> counts.since(from));
		for (BullyingCounts.SchoolMonth row : counted) {
			int written = jdbc
				.sql("""
						insert into exchange.bullying_count_sent (peer_id, school_id, month, cases, bullying)
						values (:p, :s, :m, :c, :b)
						on conflict (peer_id, school_id, month) do update set cases = excluded.cases, bullying = excluded.bullying
						where exchange.bullying_count_sent.cases <> excluded.cases
						   or exchange.bullying_count_sent.bullying <> excluded.bullying""")
				.param("p", peer)
				.param("s", row.schoolId())
				.param("m", row.month())
				.param("c", row.cases())
				.param("b", row.bullying())
				.update();
			if (written > 0) {
				Map<String, Object> count = new LinkedHashMap<>();
				count.put("schoolId", row.schoolId());
				count.put("schoolName", row.schoolName());
				count.put("regionCode", row.regionCode());
				count.put("month", row.month());
				count.put("cases", row.cases());
				count.put("bullying", row.bullying());
				count.put("countedAt", countedAt);
				changed.add(count);
			}
		}
		changed.addAll(fallenToZero(peer, from, counted, countedAt));
		if (!changed.isEmpty()) {
			outbox.enqueueTo(peer, COUNTS, Map.of("counts", changed));
		}
		return changed.size();
	}

	/**
	 * The counts sent before that are no longer counted (a case removed, its school's
	 * month now empty): sent once as zero, so the mirror above does not keep the old
	 * figure.
	 */
	private List<Map<String, Object>> fallenToZero(long peer, LocalDate from, List<BullyingCounts.SchoolMonth> counted,
			String countedAt) {
		List<Map<String, Object>> zeros = new ArrayList<>();
		jdbc.sql(
				"""
						update exchange.bullying_count_sent s set cases = 0, bullying = 0
						where s.peer_id = :p and s.month >= :from and (s.cases <> 0 or s.bullying <> 0)
						  and not exists (select 1 from unnest(cast(:schools as bigint[]), cast(:months as varchar[])) x(school, month)
						                  where x.school = s.school_id and x.month = s.month)
						returning s.school_id, s.month""")
			.param("p", peer)
			.param("from", from.toString().substring(0, 7))
			.param("schools", counted.stream().map(BullyingCounts.SchoolMonth::schoolId).toArray(Long[]::new))
			.param("months", counted.stream().map(BullyingCounts.SchoolMonth::month).toArray(String[]::new))
			.query(rs -> {
				long school = rs.getLong(1);
				Map<String, Object> count = new LinkedHashMap<>();
				count.put("schoolId", school);
				var summary = org.findSchool(school);
				count.put("schoolName", summary.map(SchoolSummary::name).orElse(""));
				count.put("regionCode", summary.map(SchoolSummary::regionCode).orElse(""));
				count.put("month", rs.getString(2));
				count.put("cases", 0);
				count.put("bullying", 0);
				count.put("countedAt", countedAt);
				zeros.add(count);
			});
		return zeros;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(COUNTS);
	}

	@Override
	public PeerDirection from() {
		return PeerDirection.DOWN;
	}

	/**
	 * Keeps a peer's own counts under it; each that is newer than the one kept goes on to
	 * the peers above ({@link Relay}).
	 */
	@Override
	public boolean apply(Peers.Peer peer, String kind, JsonNode body) {
		for (JsonNode count : body.path("counts")) {
			if (EnvelopeKinds.within(peer, count) && RegionCode.isValid(count.path("regionCode").asString(""))) {
				merge(peer.id(), Forwarded.Origin.of(peer), count).ifPresent(relay::forward);
			}
		}
		return true;
	}

	@Override
	public String relayedKind() {
		return RELAYED;
	}

	/** One school's count of a month a middle installation forwarded. */
	@Override
	public Optional<Kept> merge(Peers.Peer via, Origin origin, JsonNode count) {
		if (!count.path("month").asString("").matches("\\d{4}-\\d{2}")) {
			throw new IllegalArgumentException("month");
		}
		return merge(via.id(), origin, count);
	}

	/**
	 * Keeps a count when it is newer, where it was counted, than the one kept: a replay,
	 * or an older count arriving after a newer one by another route, changes nothing. A
	 * count of the release before, without its time, counts as of now.
	 */
	private Optional<Kept> merge(long peer, Origin origin, JsonNode count) {
		String counted = MirroredState.countedAt(count);
		return jdbc.sql("""
				insert into exchange.mirrored_bullying_count as m (peer_id, origin, origin_name, origin_region,
				  school_id, month, school_name, region_code, cases, bullying, counted_at)
				values (:p, :o, :oName, :oRegion, :s, :m, :name, :region, :c, :b,
				  coalesce(cast(:at as timestamptz), now()))
				on conflict (origin, school_id, month) do update set peer_id = excluded.peer_id,
				  origin_name = excluded.origin_name, school_name = excluded.school_name,
				  region_code = excluded.region_code, cases = excluded.cases, bullying = excluded.bullying,
				  counted_at = excluded.counted_at
				where m.counted_at < excluded.counted_at
				returning\s""" + COLUMNS)
			.param("p", peer)
			.param("o", origin.installation())
			.param("oName", origin.name())
			.param("oRegion", origin.region())
			.param("s", count.path("schoolId").asLong())
			.param("m", Relay.cut(count.path("month").asString(""), 7))
			.param("name", Relay.cut(count.path("schoolName").asString(""), 100))
			.param("region", count.path("regionCode").asString(""))
			.param("c", count.path("cases").asInt(0))
			.param("b", count.path("bullying").asInt(0))
			.param("at", counted)
			.query(BullyingCountsUp::kept)
			.optional();
	}

	@Override
	public void keptUnder(String regionPrefix, String notAt, Consumer<Kept> each) {
		KeptRows.under(jdbc, COLUMNS, "exchange.mirrored_bullying_count", "origin, school_id, month", regionPrefix,
				notAt, BullyingCountsUp::kept, each);
	}

	/** A count as kept, to forward: numbers only, as every count travels. */
	private static Kept kept(ResultSet rs, int n) throws SQLException {
		Map<String, Object> body = KeptRows.body(rs);
		body.put("schoolId", rs.getLong("school_id"));
		body.put("schoolName", rs.getString("school_name"));
		body.put("regionCode", rs.getString("region_code"));
		body.put("month", rs.getString("month"));
		body.put("cases", rs.getInt("cases"));
		body.put("bullying", rs.getInt("bullying"));
		// a count kept before counts carried their time has none: it counts as of its
		// arrival above
		OffsetDateTime counted = rs.getObject("counted_at", OffsetDateTime.class);
		body.put("countedAt", counted == null ? null : counted.toString());
		return KeptRows.kept(RELAYED, rs, body);
	}

	/** The counts from below in a region ("" for all), newest month first. */
	List<MirroredBullyingCount> under(String regionPrefix, int limit) {
		return jdbc.sql("""
				select b.origin_name, b.school_name, b.region_code, b.month, b.cases, b.bullying
				from exchange.mirrored_bullying_count b
				where b.region_code like :prefix || '%' order by b.month desc, b.school_name, b.origin limit :n""")
			.param("prefix", regionPrefix)
			.param("n", limit)
			.query((rs, n) -> new MirroredBullyingCount(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getInt(5), rs.getInt(6)))
			.list();
	}

}
