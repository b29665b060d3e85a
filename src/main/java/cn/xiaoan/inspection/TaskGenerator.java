package cn.xiaoan.inspection;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySnapshot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the task of each plan, school and period. It has no caller (the scheduled job
 * runs it), so it is reachable only from this package: from {@link InspectionJobs} and
 * after {@link InspectionManagement} has checked the caller's scope.
 */
@Component
class TaskGenerator {

	private final JdbcClient jdbc;

	private final PolicyManagement policy;

	TaskGenerator(JdbcClient jdbc, PolicyManagement policy) {
		this.jdbc = jdbc;
		this.policy = policy;
	}

	/**
	 * The period a date falls in at each school's region, under one reading of the policy
	 * (a bureau's plan reaches many schools of few regions).
	 */
	Function<String, Cadence.Period> periods(Cadence cadence, LocalDate date) {
		PolicySnapshot rules = policy.snapshot();
		Map<String, Cadence.Period> byRegion = new HashMap<>();
		return region -> byRegion.computeIfAbsent(region, r -> cadence.periodOf(date, Cadence.Rules.at(rules, r)));
	}

	/**
	 * The tasks of the period {@code today} falls in for every recurring plan and school.
	 * Safe to run twice or from two instances at once: the unique plan + school + period
	 * key lets only one insert win; plans and schools are taken in id order so concurrent
	 * runs wait on each other rather than deadlock.
	 * @return the number of tasks created
	 */
	@Transactional
	int generateDueTasks(LocalDate today) {
		record Due(long planId, Cadence cadence, long schoolId, String regionCode) {
		}
		var due = jdbc.sql("""
				select p.id, p.cadence, ps.school_id, ps.region_code
				from inspection.plan p join inspection.plan_school ps on ps.plan_id = p.id
				where p.cadence <> 'ONE_OFF' order by p.id, ps.school_id""")
			.query((rs, n) -> new Due(rs.getLong(1), Cadence.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4)))
			.list();
		PolicySnapshot rules = policy.snapshot();
		Map<String, Cadence.Rules> byRegion = new HashMap<>();
		int created = 0;
		for (Due d : due) {
			Cadence.Period period = d.cadence()
				.periodOf(today, byRegion.computeIfAbsent(d.regionCode(), r -> Cadence.Rules.at(rules, r)));
			if (insert(d.planId(), d.schoolId(), d.regionCode(), period).isPresent()) {
				created++;
			}
		}
		return created;
	}

	/** The task of one plan and school for the period, unless it exists already. */
	@Transactional
	Optional<Long> insert(long planId, long schoolId, String regionCode, Cadence.Period period) {
		Optional<Long> id = jdbc.sql("""
				insert into inspection.task (plan_id, school_id, region_code, period_key, period_start, due_date)
				values (:plan, :school, :region, :key, :start, :due)
				on conflict (plan_id, school_id, period_key) do nothing returning id""")
			.param("plan", planId)
			.param("school", schoolId)
			.param("region", regionCode)
			.param("key", period.key())
			.param("start", period.start())
			.param("due", period.end())
			.query(Long.class)
			.optional();
		id.ifPresent(task -> jdbc.sql("""
				insert into inspection.task_item (task_id, item_id, position)
				select :task, item_id, position from inspection.plan_item where plan_id = :plan""")
			.param("task", task)
			.param("plan", planId)
			.update());
		return id;
	}

}
