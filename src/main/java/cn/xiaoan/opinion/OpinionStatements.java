package cn.xiaoan.opinion;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static cn.xiaoan.opinion.OpinionTime.utc;

/**
 * Public statements (通报/回应) in two steps: the case team drafts, the case's named approver
 * (never the drafter) approves or returns, the team publishes an approved one — and its
 * time meets the case's release deadlines.
 */
@Service
@Transactional
public class OpinionStatements {

	private final OpinionCases store;

	private final OpinionAccess access;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final OpinionTime time;

	private final Words words;

	OpinionStatements(OpinionCases store, OpinionAccess access, Notifications notifications,
			ApplicationEventPublisher events, OpinionTime time, Words words) {
		this.store = store;
		this.access = access;
		this.notifications = notifications;
		this.events = events;
		this.time = time;
		this.words = words;
	}

	/** Drafts a statement; the approver is asked to approve it. */
	public long draft(long caseId, DraftStatement command) {
		OpinionCase c = access.forTeam(caseId, OpinionPermissions.MANAGE, true);
		c.requireOpen();
		CurrentUser caller = Callers.current();
		Instant now = time.now();
		long id = store.jdbc()
			.sql("""
					insert into opinion.statement (case_id, kind, title, body, state, drafted_by, drafted_by_name,
					       drafted_at)
					values (:c, :k, :t, :b, 'DRAFT', :by, :byName, :now) returning id""")
			.param("c", caseId)
			.param("k", command.kind().name())
			.param("t", command.title())
			.param("b", command.body())
			.param("by", caller.accountId())
			.param("byName", caller.displayName())
			.param("now", utc(now))
			.query(Long.class)
			.single();
		String kind = words.label(command.kind().messageKey());
		store.record(caseId, now, caller.displayName(), "opinion.timeline.drafted", kind, command.title());
		notifications.toAccounts(List.of(c.approverAccountId), "opinion.notify.approve", "/opinions/" + caseId, c.title,
				command.title());
		events.publishEvent(EntityChanged.created("opinion_statement", id, c.regionCode, c.schoolId,
				Map.of("kind", kind, "title", command.title())));
		return id;
	}

	/** Approves a draft: the case's approver only, never its drafter. */
	public void approve(long caseId, long statementId) {
		decide(caseId, statementId, "opinion.timeline.approved",
				(s, c, by, now) -> s.approve(by, c.approverAccountId, now));
	}

	/** Returns a draft to its team with the reason. */
	public void sendBack(long caseId, long statementId, StepNote command) {
		decide(caseId, statementId, "opinion.timeline.returned",
				(s, c, by, now) -> s.sendBack(by, c.approverAccountId, command.note()));
	}

	/**
	 * Publishes an approved statement; the first of its kind meets the case's deadline.
	 */
	public void publish(long caseId, long statementId) {
		OpinionCase c = access.forTeam(caseId, OpinionPermissions.MANAGE, true);
		c.requireOpen();
		Statement s = store.statement(statementId, caseId, true);
		StatementState before = s.state;
		Instant now = time.now();
		s.publish(now);
		c.published(s.kind, now);
		store.save(s);
		store.save(c);
		String title = title(statementId);
		store.record(caseId, now, Callers.current().displayName(), "opinion.timeline.published",
				words.label(s.kind.messageKey()), title);
		events.publishEvent(new StatementPublished(statementId, caseId, c.regionCode, s.kind, now));
		audit(c, statementId, before, s.state);
	}

	interface Decision {

		void apply(Statement statement, OpinionCase c, long by, Instant now);

	}

	private void decide(long caseId, long statementId, String key, Decision decision) {
		OpinionCase c = store.load(caseId, true);
		CurrentUser caller = Callers.current();
		// the approver is named on the case; anyone else must at least reach the case
		if (caller.accountId() != c.approverAccountId) {
			access.forTeam(caseId, OpinionPermissions.READ, false);
		}
		else if (!access.covers(caller, c)) {
			throw new cn.xiaoan.shared.NotFound("opinion case", caseId);
		}
		c.requireOpen();
		Statement s = store.statement(statementId, caseId, true);
		StatementState before = s.state;
		Instant now = time.now();
		decision.apply(s, c, caller.accountId(), now);
		store.save(s);
		store.record(caseId, now, caller.displayName(), key, title(statementId), s.returnNote);
		audit(c, statementId, before, s.state);
	}

	private String title(long statementId) {
		return store.jdbc()
			.sql("select title from opinion.statement where id = :id")
			.param("id", statementId)
			.query(String.class)
			.single();
	}

	private void audit(OpinionCase c, long statementId, StatementState before, StatementState after) {
		events.publishEvent(EntityChanged.updated("opinion_statement", statementId, c.regionCode, c.schoolId,
				Map.of("state", words.label(before.messageKey())), Map.of("state", words.label(after.messageKey()))));
	}

}
