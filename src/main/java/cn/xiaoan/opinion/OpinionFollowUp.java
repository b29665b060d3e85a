package cn.xiaoan.opinion;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nothing overdue stays quiet: an overdue task chases its owner once, and after the
 * region's grace reaches the bureau above the case's unit once (like an overdue hazard);
 * a release deadline that passes unmet is told to the bureau above once. Safe with
 * several app instances (ADR 0010): each row is locked and checked again before it is
 * marked, so each message goes out once whoever runs it.
 */
@Service
class OpinionFollowUp {

	private static final Set<Role> BUREAU = Set.of(Role.BUREAU_ADMIN, Role.BUREAU_SAFETY_OFFICER);

	private final OpinionCases store;

	private final OpinionReads reads;

	private final PolicyManagement policy;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final OpinionTime time;

	OpinionFollowUp(OpinionCases store, OpinionReads reads, PolicyManagement policy, Notifications notifications,
			ApplicationEventPublisher events, OpinionTime time) {
		this.store = store;
		this.reads = reads;
		this.policy = policy;
		this.notifications = notifications;
		this.events = events;
		this.time = time;
	}

	/** Chases and escalates the overdue tasks; answers how many messages went out. */
	@Transactional
	int overdueTasks() {
		Instant now = time.now();
		int told = 0;
		for (OpinionTask candidate : store.overdueTasks(now)) {
			OpinionTask task = store.task(candidate.id, true);
			OpinionCase c = store.load(task.caseId, false);
			if (c.state != CaseState.OPEN) {
				continue;
			}
			String title = title(task.id);
			if (task.chaseDue(now)) {
				task.chasedAt = now;
				store.save(task);
				notifications.toAccounts(List.of(task.ownerAccountId), "opinion.notify.overdue",
						"/opinion-tasks/" + task.id, c.title, title, Words.minute(task.deadline));
				store.record(c.id, now, "", "opinion.timeline.chased", title);
				events.publishEvent(
						new OpinionTaskOverdue(task.id, c.id, c.regionCode, task.ownerAccountId, task.deadline));
				audit(c, task.id, "chased", Words.minute(now));
				told++;
			}
			int grace = policy.effective(PolicySetting.OPINION_TASK_ESCALATE_AFTER_HOURS, c.regionCode).asInt();
			if (task.escalationDue(now, grace)) {
				task.escalatedAt = now;
				store.save(task);
				RegionCode bureau = c.bureauAbove();
				notifications.toBureau(bureau, BUREAU, "opinion.notify.escalated", "/opinions/" + c.id, c.title, title,
						Words.minute(task.deadline));
				store.record(c.id, now, "", "opinion.timeline.escalated", title);
				events.publishEvent(new OpinionTaskEscalated(task.id, c.id, c.regionCode, bureau.value()));
				audit(c, task.id, "escalated", Words.minute(now));
				told++;
			}
		}
		return told;
	}

	/** Tells the bureau above of each release deadline passed unmet; answers how many. */
	@Transactional
	int missedDeadlines() {
		Instant now = time.now();
		List<Long> open = store.jdbc().sql("""
				select id from opinion.opinion_case where state = 'OPEN' and severity in ('MAJOR', 'EXTRAORDINARY')
				and (release_late_told_at is null or press_late_told_at is null)""").query(Long.class).list();
		int told = 0;
		for (long id : open) {
			OpinionCase c = store.load(id, true);
			ReleaseDeadlines deadlines = reads.deadlines(c.regionCode, c.severity, c.occurredAt, c.firstReleaseAt,
					c.pressAt);
			ReleaseDeadlines.Kind missed;
			while ((missed = c.missedToTell(deadlines, now)) != null) {
				store.save(c);
				RegionCode bureau = c.bureauAbove();
				boolean press = missed == ReleaseDeadlines.Kind.PRESS_CONFERENCE;
				notifications.toBureau(bureau, BUREAU,
						press ? "opinion.notify.pressMissed" : "opinion.notify.releaseMissed", "/opinions/" + c.id,
						c.title);
				store.record(c.id, now, "", press ? "opinion.timeline.pressMissed" : "opinion.timeline.releaseMissed");
				events.publishEvent(new ReleaseDeadlineMissed(c.id, c.regionCode, bureau.value(), press));
				told++;
			}
		}
		return told;
	}

	private String title(long taskId) {
		return store.jdbc()
			.sql("select title from opinion.task where id = :id")
			.param("id", taskId)
			.query(String.class)
			.single();
	}

	private void audit(OpinionCase c, long taskId, String field, String value) {
		events.publishEvent(EntityChanged.updated("opinion_task", taskId, c.regionCode, c.schoolId, Map.of(),
				Map.of(field, value)));
	}

}
