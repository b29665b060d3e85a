package cn.xiaoan.exchange;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.assessment.InterviewChanged;
import cn.xiaoan.assessment.InterviewStates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 约谈 and rectification orders going up (ADR 0077): each state of a 约谈 opened here, as
 * assessment tells it ({@link InterviewChanged}) — the scheme's name and period, the
 * school's public name and region, the deadline, the status and when it was opened,
 * answered and accepted, with the 约谈's version. The reason, the school's reply and the
 * bureau's comment are free text that may name a pupil, and who opened it is a person:
 * none of them goes up. A peer above that has not had them yet (newly linked, or linked
 * before this release) receives every 约谈 here once ({@link #catchUp}, run by
 * {@link FirstSync}).
 */
@Component
class InterviewsUp {

	/** The state of a 约谈 opened here. */
	static final String KIND = "assessment.interview";

	private final Outbox outbox;

	private final InterviewStates states;

	private final JdbcClient jdbc;

	InterviewsUp(Outbox outbox, InterviewStates states, JdbcClient jdbc) {
		this.outbox = outbox;
		this.states = states;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(InterviewChanged event) {
		outbox.enqueue(PeerDirection.UP, KIND, body(event));
	}

	/** The peers above synced that have not had every 约谈 here yet. */
	List<Long> waiting() {
		return jdbc.sql("""
				select id from exchange.peer where direction = 'UP' and synced_at is not null
				  and interviews_synced_at is null order by id""").query(Long.class).list();
	}

	/**
	 * Queues, once, the state of every 约谈 here for a peer above; the mirror above keeps
	 * the newest version, so one also sent live is not doubled. Answers how many.
	 */
	int catchUp(long peer) {
		List<Long> mine = jdbc.sql("""
				select id from exchange.peer where id = :id and direction = 'UP' and interviews_synced_at is null
				for update skip locked""").param("id", peer).query(Long.class).list();
		if (mine.isEmpty()) {
			return 0;
		}
		int sent = AsInstallation.call(() -> {
			int n = 0;
			long after = 0;
			while (true) {
				List<InterviewChanged> batch = states.after(after, ExchangeFeed.SYNC_BATCH);
				for (InterviewChanged state : batch) {
					outbox.enqueueTo(peer, KIND, body(state));
					after = state.interviewId();
					n++;
				}
				if (batch.size() < ExchangeFeed.SYNC_BATCH) {
					return n;
				}
			}
		});
		jdbc.sql("update exchange.peer set interviews_synced_at = now() where id = :id").param("id", peer).update();
		return sent;
	}

	static Map<String, Object> body(InterviewChanged state) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("interviewId", state.interviewId());
		body.put("schemeName", state.schemeName());
		body.put("periodKey", state.periodKey());
		body.put("schoolId", state.schoolId());
		body.put("schoolName", state.schoolName());
		body.put("regionCode", state.regionCode());
		body.put("openedByRegion", state.openedByRegion());
		body.put("deadline", state.deadline().toString());
		body.put("status", state.status().name());
		body.put("openedAt", text(state.openedAt()));
		body.put("repliedAt", text(state.repliedAt()));
		body.put("closedAt", text(state.closedAt()));
		body.put("version", state.version());
		return body;
	}

	private static String text(OffsetDateTime at) {
		return at == null ? null : at.toString();
	}

}
