package cn.xiaoan.hazard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hazard's 五落实 plan (responsible person, measures, funds, deadline, contingency plan):
 * filed or replaced while it is open, its deadline the hazard's, and the on-site
 * acceptance of a supervision brought forward to match.
 */
@Component
@Transactional
class RectificationPlans {

	private final JdbcClient jdbc;

	private final Hazards store;

	private final PolicyManagement policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DeadlineBounds bounds;

	RectificationPlans(JdbcClient jdbc, Hazards store, PolicyManagement policy, ApplicationEventPublisher events,
			Clock clock, DeadlineBounds bounds) {
		this.jdbc = jdbc;
		this.store = store;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
		this.bounds = bounds;
	}

	/**
	 * Files (or replaces) the 五落实 plan; its deadline becomes the hazard's deadline, but
	 * never later than a supervision's (挂牌督办) deadline.
	 */
	void file(long id, RectificationPlan plan) {
		CurrentUser caller = Callers.current().require(Permission.HAZARD_MANAGE);
		Hazard hazard = store.load(id, caller);
		if (!hazard.status.open() || hazard.status == HazardStatus.AWAITING_VERIFICATION) {
			throw new cn.xiaoan.shared.BusinessRuleViolation("status", "hazard.transition.invalid");
		}
		bounds.check(id, hazard.regionCode, hazard.grade, plan.deadline());
		jdbc.sql(
				"""
						insert into hazard.plan (hazard_id, responsible_person, measures, funds_yuan, deadline, contingency_plan,
						                         filed_by, filed_at)
						values (:id, :p, :m, :f, :d, :c, :by, :at)
						on conflict (hazard_id) do update set responsible_person = excluded.responsible_person,
						  measures = excluded.measures, funds_yuan = excluded.funds_yuan, deadline = excluded.deadline,
						  contingency_plan = excluded.contingency_plan, filed_by = excluded.filed_by, filed_at = excluded.filed_at""")
			.param("id", id)
			.param("p", plan.responsiblePerson().trim())
			.param("m", plan.measures().trim())
			.param("f", plan.fundsYuan())
			.param("d", plan.deadline())
			.param("c", plan.contingencyPlan().trim())
			.param("by", caller.accountId())
			.param("at", OffsetDateTime.now(clock))
			.update();
		LocalDate deadline = jdbc
			.sql("""
					update hazard.hazard set deadline = least(:d, (select deadline from hazard.supervision where hazard_id = :id)),
					       version = version + 1
					where id = :id returning deadline""")
			.param("d", plan.deadline())
			.param("id", id)
			.query(LocalDate.class)
			.single();
		store.bringAcceptanceForward(id, deadline
			.plusDays(policy.effective(PolicySetting.HAZARD_ACCEPTANCE_WITHIN_DAYS, hazard.regionCode).asInt()));
		store.record(id, hazard.status, hazard.status, caller, Hazards.Note.keyed("hazard.history.plan"));
		events.publishEvent(store.state(id));
		events.publishEvent(EntityChanged.updated("hazard_plan", id, hazard.regionCode, hazard.schoolId, Map.of(),
				Map.of("responsible", plan.responsiblePerson(), "funds", plan.fundsYuan(), "deadline",
						plan.deadline().toString())));
	}

}
