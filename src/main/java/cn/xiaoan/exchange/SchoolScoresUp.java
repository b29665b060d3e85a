package cn.xiaoan.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.assessment.RankingElsewhere;
import cn.xiaoan.assessment.ScoresForAbove;
import cn.xiaoan.shared.RegionCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * School scores go up (督导考核 across installations): per scheme, period and school the
 * total, the ledger figures and each indicator's points — no inspector, note or photo. A
 * score is sent when it changed since it was last sent to that peer (its digest in
 * {@code exchange.school_score_sent}), whole, so the mirror above is an upsert keyed by
 * (school's installation, scheme, period, school) and a replay or a resend changes
 * nothing; each carries when it was sent, so an older one arriving after a newer one by
 * another route changes nothing either. A middle installation forwards what it keeps
 * ({@link ScoresBelow}, {@code assessment.score.relayed}).
 */
@Component
class SchoolScoresUp implements EnvelopeKinds {

	static final String SCORES = "assessment.scores";

	/** Scores per envelope. */
	static final int BATCH = 200;

	private final ScoresForAbove scores;

	private final Outbox outbox;

	private final Peers peers;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final ScoresBelow mirror;

	private final Relay relay;

	SchoolScoresUp(ScoresForAbove scores, Outbox outbox, Peers peers, JdbcClient jdbc, ObjectMapper json,
			TransactionTemplate tx, Clock clock, ScoresBelow mirror, Relay relay) {
		this.mirror = mirror;
		this.relay = relay;
		this.scores = scores;
		this.outbox = outbox;
		this.peers = peers;
		this.jdbc = jdbc;
		this.json = json;
		this.tx = tx;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${xiaoan.exchange.scores-delay:PT1H}", initialDelayString = "PT2M")
	void sendChangedScores() {
		for (Peers.Peer peer : peers.all(PeerDirection.UP)) {
			tx.executeWithoutResult(status -> sendChanged(peer.id()));
		}
	}

	/**
	 * Queues the scores of this year's and last year's schemes that changed since last
	 * sent to the peer, answering how many; another instance doing the same for the peer
	 * right now makes this one skip it.
	 */
	int sendChanged(long peer) {
		if (!peers.claim(peer)) {
			return 0;
		}
		int fromYear = LocalDate.now(clock).getYear() - 1;
		String countedAt = OffsetDateTime.now(clock).toString();
		List<Map<String, Object>> changed = new ArrayList<>();
		int sent = 0;
		for (ScoresForAbove.SchoolScore s : AsInstallation.call(() -> scores.since(fromYear))) {
			Map<String, Object> score = body(s);
			int written = jdbc.sql("""
					insert into exchange.school_score_sent (peer_id, scheme_id, period_key, school_id, digest)
					values (:p, :scheme, :period, :school, md5(:body))
					on conflict (peer_id, scheme_id, period_key, school_id) do update set digest = excluded.digest
					where exchange.school_score_sent.digest <> excluded.digest""")
				.param("p", peer)
				.param("scheme", s.schemeId())
				.param("period", s.periodKey())
				.param("school", s.schoolId())
				.param("body", json.writeValueAsString(score))
				.update();
			if (written > 0) {
				// when it was sent from here: the newer of two arriving above wins
				score.put("countedAt", countedAt);
				changed.add(score);
				sent++;
			}
			if (changed.size() == BATCH) {
				outbox.enqueueTo(peer, SCORES, Map.of("scores", List.copyOf(changed)));
				changed.clear();
			}
		}
		if (!changed.isEmpty()) {
			outbox.enqueueTo(peer, SCORES, Map.of("scores", changed));
		}
		return sent;
	}

	private static Map<String, Object> body(ScoresForAbove.SchoolScore s) {
		Map<String, Object> score = new LinkedHashMap<>();
		score.put("schemeId", s.schemeId());
		score.put("schemeName", s.schemeName());
		score.put("year", s.year());
		score.put("periodKey", s.periodKey());
		score.put("schoolId", s.schoolId());
		score.put("schoolName", s.schoolName());
		score.put("regionCode", s.regionCode());
		score.put("total", s.total());
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("hazards", s.hazards());
		figures.put("fixed", s.fixed());
		figures.put("openHazards", s.openHazards());
		figures.put("overdue", s.overdue());
		figures.put("inspected", s.inspected());
		figures.put("inspectedItems", s.inspectedItems());
		score.put("figures", figures);
		score.put("indicators",
				s.indicators()
					.stream()
					.map(i -> Map.of("name", i.name(), "weight", i.weight(), "points", i.points()))
					.toList());
		return score;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(SCORES);
	}

	@Override
	public PeerDirection from() {
		return PeerDirection.DOWN;
	}

	/**
	 * Keeps a peer's own schools' scores under it ({@link ScoresBelow}); each newer than
	 * the one kept goes on to the peers above ({@link Relay}).
	 */
	@Override
	public boolean apply(Peers.Peer peer, String kind, JsonNode body) {
		for (JsonNode score : body.path("scores")) {
			if (EnvelopeKinds.within(peer, score) && RegionCode.isValid(score.path("regionCode").asString(""))) {
				mirror.merge(peer.id(), Forwarded.Origin.of(peer), score).ifPresent(relay::forward);
			}
		}
		return true;
	}

	/**
	 * Answers what {@link ScoresBelow} reads: a school's score of a period, best first.
	 */
	static RankingElsewhere.School school(String source, long schoolId, String name, String region, String scheme,
			double total, JsonNode figures, JsonNode indicators) {
		List<RankingElsewhere.Indicator> items = new ArrayList<>();
		for (JsonNode i : indicators) {
			items.add(new RankingElsewhere.Indicator(i.path("name").asString(""), i.path("weight").asDouble(),
					i.path("points").asDouble()));
		}
		return new RankingElsewhere.School(source, schoolId, name, region, scheme, total,
				figures.path("hazards").asInt(), figures.path("fixed").asInt(), figures.path("openHazards").asInt(),
				figures.path("overdue").asInt(), figures.path("inspected").asDouble(),
				figures.path("inspectedItems").asInt(), items);
	}

}
