package cn.xiaoan.exchange;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.education.CampaignRelay;
import cn.xiaoan.education.DailyCount;
import cn.xiaoan.education.SchoolCount;
import cn.xiaoan.shared.RegionCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A campaign's completion goes back up (ADR 0069): for each campaign received from a peer
 * above, until a week after its last day, the figures of every school it targets here —
 * classes and students targeted, took part, completed, took the quiz, passed, parents —
 * and what each day added to them (ADR 0079), numbers only, never a student. A school's
 * figures are sent when they changed since last sent to that peer (their digest in
 * {@code exchange.campaign_count_sent}), with the time they were counted, so the mirror
 * above keeps the newest and a replay, a resend or an older count changes nothing. A
 * middle installation sends the schools mirrored from below with its own, under the
 * installation that keeps them.
 */
@Component
class CampaignCountsUp implements EnvelopeKinds {

	static final String COUNTS = "education.counts";

	/** Schools per envelope. */
	static final int BATCH = 500;

	private final CampaignRelay relay;

	private final Outbox outbox;

	private final Peers peers;

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final TransactionTemplate tx;

	private final Clock clock;

	CampaignCountsUp(CampaignRelay relay, Outbox outbox, Peers peers, JdbcClient jdbc, ObjectMapper json,
			TransactionTemplate tx, Clock clock) {
		this.relay = relay;
		this.outbox = outbox;
		this.peers = peers;
		this.jdbc = jdbc;
		this.json = json;
		this.tx = tx;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${xiaoan.exchange.campaign-counts-delay:PT1M}", initialDelayString = "PT1M")
	void sendChangedCounts() {
		for (Peers.Peer peer : peers.all(PeerDirection.UP)) {
			tx.executeWithoutResult(status -> sendChanged(peer.id()));
		}
	}

	/** Queues the changed figures of every campaign received from the peer; how many. */
	int sendChanged(long peer) {
		record Received(long remote, long local) {
		}
		List<Received> campaigns = jdbc.sql("""
				select remote_id, local_id from exchange.received_campaign
				where peer_id = :p and ends_on >= :since order by remote_id""")
			.param("p", peer)
			.param("since", LocalDate.now(clock).minusDays(7))
			.query((rs, n) -> new Received(rs.getLong(1), rs.getLong(2)))
			.list();
		int sent = 0;
		for (Received c : campaigns) {
			sent += sendChanged(peer, c.remote(), c.local());
		}
		return sent;
	}

	/**
	 * Queues the figures of one campaign received from the peer (its id there
	 * {@code remote}) that changed since last sent; how many schools.
	 */
	int sendChanged(long peer, long remote, long local) {
		String now = clock.instant().toString();
		List<Map<String, Object>> schools = new ArrayList<>();
		for (SchoolCount s : AsInstallation.call(() -> relay.counts(local))) {
			schools.add(item("", "", s.schoolId(), s.name(), s.regionCode(), s.regionNames(),
					new int[] { s.classes(), s.classesAssigned(), s.targeted(), s.participated(), s.completed(),
							s.took(), s.passed(), s.parentDone(), s.parentAsked() },
					s.days(), now));
		}
		schools.addAll(fromBelow(local));
		List<Map<String, Object>> changed = new ArrayList<>();
		for (Map<String, Object> school : schools) {
			Map<String, Object> figures = new LinkedHashMap<>(school);
			figures.remove("countedAt");
			int written = jdbc.sql("""
					insert into exchange.campaign_count_sent (peer_id, campaign_id, installation, school_id, digest,
					       region_code)
					values (:p, :c, :i, :s, md5(:body), :r)
					on conflict (peer_id, campaign_id, installation, school_id) do update set digest = excluded.digest,
					       region_code = excluded.region_code
					where exchange.campaign_count_sent.digest <> excluded.digest""")
				.param("p", peer)
				.param("c", remote)
				.param("i", school.get("installation"))
				.param("s", school.get("schoolId"))
				.param("body", json.writeValueAsString(figures))
				.param("r", school.get("regionCode"))
				.update();
			if (written > 0) {
				changed.add(school);
			}
		}
		changed.addAll(gone(peer, remote, schools, now));
		for (int from = 0; from < changed.size(); from += BATCH) {
			outbox.enqueueTo(peer, COUNTS, Map.of("campaignId", remote, "schools",
					List.copyOf(changed.subList(from, Math.min(changed.size(), from + BATCH)))));
		}
		return changed.size();
	}

	/**
	 * The schools sent up before that the campaign no longer targets (their classes
	 * removed, or moved out of the region): each once, as gone, so that they leave its
	 * rates above; sent again as any other if targeted again.
	 */
	private List<Map<String, Object>> gone(long peer, long remote, List<Map<String, Object>> schools, String now) {
		Set<String> current = new java.util.HashSet<>();
		schools.forEach(s -> current.add(s.get("installation") + "/" + s.get("schoolId")));
		List<Map<String, Object>> gone = new ArrayList<>();
		jdbc.sql("""
				select installation, school_id, region_code from exchange.campaign_count_sent
				where peer_id = :p and campaign_id = :c and digest <> 'gone' and region_code is not null""")
			.param("p", peer)
			.param("c", remote)
			.query((rs, n) -> item(rs.getString(1), "", rs.getLong(2), "", rs.getString(3), Map.of(), new int[9], null,
					now))
			.list()
			.stream()
			.filter(s -> !current.contains(s.get("installation") + "/" + s.get("schoolId")))
			.forEach(s -> {
				s.put("gone", true);
				jdbc.sql("""
						update exchange.campaign_count_sent set digest = 'gone'
						where peer_id = :p and campaign_id = :c and installation = :i and school_id = :s""")
					.param("p", peer)
					.param("c", remote)
					.param("i", s.get("installation"))
					.param("s", s.get("schoolId"))
					.update();
				gone.add(s);
			});
		return gone;
	}

	/**
	 * The schools mirrored here from the installations below for a local campaign, as the
	 * peer above receives them: under the installation that keeps them.
	 */
	private List<Map<String, Object>> fromBelow(long campaign) {
		return jdbc.sql("""
				select case when m.installation = '' then p.installation else m.installation end, m.source,
				       m.school_id, m.school_name, m.region_code, m.region_names::text, m.classes, m.classes_assigned,
				       m.targeted, m.participated, m.completed, m.took, m.passed, m.parent_done, m.parent_asked,
				       m.counted_at, m.daily,
				       (select string_agg(cast(d.day as varchar) || ',' || d.participated || ',' || d.completed || ','
				                 || d.took || ',' || d.passed || ',' || d.parent_done, ';' order by d.day)
				        from exchange.mirrored_campaign_day d where d.peer_id = m.peer_id
				          and d.campaign_id = m.campaign_id and d.installation = m.installation
				          and d.school_id = m.school_id)
				from exchange.mirrored_campaign_count m join exchange.peer p on p.id = m.peer_id
				where m.campaign_id = :c order by m.peer_id, m.installation, m.school_id""")
			.param("c", campaign)
			.query((rs, n) -> {
				Map<String, String> names = new LinkedHashMap<>();
				json.readTree(rs.getString(6))
					.properties()
					.forEach(e -> names.put(e.getKey(), e.getValue().asString("")));
				int[] f = new int[9];
				for (int i = 0; i < f.length; i++) {
					f[i] = rs.getInt(7 + i);
				}
				return item(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), names, f,
						rs.getBoolean(17) ? CampaignDays.parse(rs.getString(18)) : null,
						rs.getObject(16, java.time.OffsetDateTime.class).toInstant().toString());
			})
			.list();
	}

	/** A school's figures as they go up, with its days ({@code null}: none known). */
	private static Map<String, Object> item(String installation, String source, long school, String name, String region,
			Map<String, String> regionNames, int[] f, List<DailyCount> days, String countedAt) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("installation", installation);
		item.put("source", source);
		item.put("schoolId", school);
		item.put("name", name);
		item.put("regionCode", region);
		item.put("regionNames", new java.util.TreeMap<>(regionNames));
		String[] keys = { "classes", "classesAssigned", "targeted", "participated", "completed", "took", "passed",
				"parentDone", "parentAsked" };
		for (int i = 0; i < keys.length; i++) {
			item.put(keys[i], f[i]);
		}
		if (days != null) {
			item.put("days", CampaignDays.write(days));
		}
		item.put("countedAt", countedAt);
		return item;
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
	 * Mirrors the schools' figures into the campaign this installation sent that peer
	 * (any other is parked), each only when counted later than the figures kept, and
	 * removes a school sent as gone; a school outside the peer's region is left out.
	 */
	@Override
	public boolean apply(Peers.Peer peer, String kind, JsonNode body) {
		long campaign = body.path("campaignId").asLong(0);
		if (jdbc.sql("select count(*) from exchange.relayed_campaign where peer_id = :p and campaign_id = :c")
			.param("p", peer.id())
			.param("c", campaign)
			.query(Long.class)
			.single() == 0) {
			return false;
		}
		for (JsonNode s : body.path("schools")) {
			String installation = s.path("installation").asString("");
			Instant counted = WarningsFromAbove.instant(s.path("countedAt").asString(""));
			if (!EnvelopeKinds.within(peer, s) || !RegionCode.isValid(s.path("regionCode").asString(""))
					|| !installation.matches("[A-Za-z0-9._-]{0,40}") || counted == null
					|| s.path("schoolId").asLong(0) <= 0) {
				continue;
			}
			if (s.path("gone").asBoolean(false)) {
				CampaignCountsBelow.remove(jdbc, peer.id(), campaign, installation, s.path("schoolId").asLong(),
						counted);
				continue;
			}
			String source = installation.isEmpty() ? peer.name()
					: WarningsFromAbove.cut(s.path("source").asString(peer.name()), 60);
			CampaignCountsBelow.upsert(jdbc, json, peer.id(), campaign, installation, source, s, counted);
		}
		return true;
	}

}
