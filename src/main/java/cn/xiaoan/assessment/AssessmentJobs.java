package cn.xiaoan.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The nightly rescoring (ADR 0058): every scheme of this year scores its current quarter
 * and every period already scored that contains today, over the scheme's whole region, as
 * the system — so rankings are fresh in the morning without a 重新计分. Once per cluster (ADR
 * 0050); its last success is exported with the other jobs'
 * ({@code xiaoan.job.since.success}). A scheme that fails is logged and the others go on;
 * the run then fails, so the job shows as failing.
 */
@Component
class AssessmentJobs {

	private static final Logger log = LoggerFactory.getLogger(AssessmentJobs.class);

	private final JdbcClient jdbc;

	private final AssessmentScores scores;

	private final Clock clock;

	AssessmentJobs(JdbcClient jdbc, AssessmentScores scores, Clock clock) {
		this.jdbc = jdbc;
		this.scores = scores;
		this.clock = clock;
	}

	@Scheduled(cron = "${xiaoan.jobs.assessment-rescore:0 30 2 * * *}", zone = "${xiaoan.time-zone:Asia/Shanghai}")
	void rescoreCurrentPeriods() {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(
				new CurrentUser(0, "system", "系统", Role.SYSTEM_ADMIN, DataScope.all(), null, false)));
		SecurityContextHolder.setContext(context);
		try {
			int failed = rescore();
			if (failed > 0) {
				throw new IllegalStateException(failed + " assessment schemes could not be rescored");
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Rescores as the caller in context; answers how many schemes failed. */
	int rescore() {
		LocalDate today = LocalDate.now(clock);
		int failed = 0;
		int periods = 0;
		for (long scheme : jdbc.sql("select id from assessment.scheme where year = :y order by id")
			.param("y", today.getYear())
			.query(Long.class)
			.list()) {
			try {
				for (AssessmentPeriod period : current(scheme, today)) {
					scores.compute(scheme, period, null);
					periods++;
				}
			}
			catch (RuntimeException ex) {
				failed++;
				log.warn("Assessment scheme {} could not be rescored", scheme, ex);
			}
		}
		log.info("Rescored {} current assessment periods", periods);
		return failed;
	}

	/**
	 * The scheme's current quarter and every period already scored that contains today.
	 */
	private List<AssessmentPeriod> current(long scheme, LocalDate today) {
		List<AssessmentPeriod> periods = new ArrayList<>();
		periods.add(AssessmentPeriod.quarterOf(today));
		for (String key : jdbc.sql("select distinct period_key from assessment.school_score where scheme_id = :s")
			.param("s", scheme)
			.query(String.class)
			.list()) {
			AssessmentPeriod p = AssessmentPeriod.of(key);
			if (!today.isBefore(p.from()) && !today.isAfter(p.to()) && !periods.contains(p)) {
				periods.add(p);
			}
		}
		return periods;
	}

}
