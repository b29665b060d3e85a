package cn.xiaoan.education.rates;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds the deltas that assignment changes append into the class → school → township →
 * county → city → province tallies and the daily trend, once a second. One instance of a
 * cluster does it at a time (advisory lock); the delete-returning consumes each delta
 * exactly once even so (ADR 0007). What each row counts is {@code RateDefinitions}'s.
 * Internal: the bulk loaders rebuild through it.
 */
@Component
public class RateRollup {

	private static final long LOCK = 0x5841_4544_5241_5445L;

	private final JdbcClient jdbc;

	private final TargetedRates targeted;

	RateRollup(JdbcClient jdbc, TargetedRates targeted) {
		this.jdbc = jdbc;
		this.targeted = targeted;
	}

	@Scheduled(fixedDelayString = "${xiaoan.education.rollup-interval-ms:1000}", initialDelay = 1000)
	@Transactional
	public int fold() {
		if (!jdbc.sql("select pg_try_advisory_xact_lock(:k)").param("k", LOCK).query(Boolean.class).single()) {
			return 0;
		}
		int folded = jdbc
			.sql("""
					with d as (
					    delete from education.rate_delta where id in (select id from education.rate_delta order by id limit 200000)
					    returning *),
					g as (
					    select campaign_id, class_id, school_id, region_code, day, sum(assigned) a, sum(participated) p,
					           sum(completed) c, sum(took) t, sum(passed) s, sum(parent) f, sum(parent_asked) q
					    from d group by 1, 2, 3, 4, 5),
					u as (
					    select g.campaign_id, x.unit, x.parent, g.day, sum(a) a, sum(p) p, sum(c) c, sum(t) t, sum(s) s, sum(f) f,
					           sum(q) q
					    from g cross join lateral education.rate_units(g.class_id, g.school_id, g.region_code) x
					    group by 1, 2, 3, 4),
					daily as (
					    insert into education.rate_daily as r (campaign_id, unit, day, participated, completed, took, passed,
					                                           parent_done)
					    select campaign_id, unit, day, p, c, t, s, f from u where p <> 0 or c <> 0 or t <> 0 or s <> 0 or f <> 0
					    on conflict (campaign_id, unit, day) do update set participated = r.participated + excluded.participated,
					        completed = r.completed + excluded.completed, took = r.took + excluded.took,
					        passed = r.passed + excluded.passed, parent_done = r.parent_done + excluded.parent_done
					    returning 1)
					insert into education.rate as r (campaign_id, unit, parent, assigned, participated, completed, took, passed,
					                                 parent_done, parent_asked)
					select campaign_id, unit, parent, sum(a), sum(p), sum(c), sum(t), sum(s), sum(f), sum(q) from u
					group by campaign_id, unit, parent
					on conflict (campaign_id, unit) do update set assigned = r.assigned + excluded.assigned,
					    participated = r.participated + excluded.participated, completed = r.completed + excluded.completed,
					    took = r.took + excluded.took, passed = r.passed + excluded.passed,
					    parent_done = r.parent_done + excluded.parent_done,
					    parent_asked = r.parent_asked + excluded.parent_asked, updated_at = now()""")
			.update();
		if (folded > 0) {
			targeted.forget();
		}
		return folded;
	}

	/**
	 * Recomputes a campaign's tallies from its assignments with one GROUP BY (after a
	 * bulk load that bypassed the triggers, or to repair); its pending deltas are
	 * superseded.
	 */
	@Transactional
	public void rebuild(long campaignId) {
		jdbc.sql("select 1 from pg_advisory_xact_lock(:k)").param("k", LOCK).query(Integer.class).single();
		for (String table : new String[] { "rate_delta", "rate", "rate_daily" }) {
			jdbc.sql("delete from education." + table + " where campaign_id = :c").param("c", campaignId).update();
		}
		jdbc.sql("""
				with m as (
				    select x.class_id, x.school_id, x.region_code, m.day, sum(a) a, sum(p) p, sum(c) c, sum(t) t,
				           sum(s) s, sum(f) f, sum(q) q
				    from education.assignment x cross join lateral (values
				            (current_date, 1, 0, 0, 0, 0, 0, needs_parent::int),
				            (least(studied_at, quiz_at)::date, 0, 1, 0, 0, 0, 0, 0),
				            (completed_at::date, 0, 0, 1, 0, 0, 0, 0),
				            (quiz_at::date, 0, 0, 0, 1, passed::int, 0, 0),
				            (case when needs_parent then parent_at::date end, 0, 0, 0, 0, 0, 1, 0))
				            m(day, a, p, c, t, s, f, q)
				    where x.campaign_id = :c and m.day is not null
				    group by 1, 2, 3, 4),
				u as (
				    select x.unit, x.parent, m.day, sum(a) a, sum(p) p, sum(c) c, sum(t) t, sum(s) s, sum(f) f,
				           sum(q) q
				    from m cross join lateral education.rate_units(m.class_id, m.school_id, m.region_code) x
				    group by 1, 2, 3),
				daily as (
				    insert into education.rate_daily (campaign_id, unit, day, participated, completed, took, passed,
				                                      parent_done)
				    select :c, unit, day, sum(p), sum(c), sum(t), sum(s), sum(f) from u
				    where p <> 0 or c <> 0 or t <> 0 or s <> 0 or f <> 0 group by unit, day
				    returning 1)
				insert into education.rate (campaign_id, unit, parent, assigned, participated, completed, took, passed,
				                            parent_done, parent_asked)
				select :c, unit, parent, sum(a), sum(p), sum(c), sum(t), sum(s), sum(f), sum(q) from u
				group by unit, parent""").param("c", campaignId).update();
		targeted.forget();
	}

}
