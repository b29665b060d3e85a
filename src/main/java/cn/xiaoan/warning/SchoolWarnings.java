package cn.xiaoan.warning;

import java.time.Clock;
import java.util.List;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.SchoolPeriod;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The warnings one school received over a span of days, each marked on time or not: the
 * list behind the assessment's 预警按时签收率 of the school, counted as
 * {@link WarningFiguresBySchool} counts it. The school must lie in the caller's scope (a
 * bureau's region, or a school's own): another is not found.
 */
@Service
@Transactional(readOnly = true)
public class SchoolWarnings {

	private final Warnings warnings;

	private final OrgManagement org;

	private final Clock clock;

	SchoolWarnings(Warnings warnings, OrgManagement org, Clock clock) {
		this.warnings = warnings;
		this.org = org;
		this.clock = clock;
	}

	/** The school's warnings issued from {@code from} to {@code to} (Beijing days). */
	public Received of(long schoolId, java.time.LocalDate from, java.time.LocalDate to) {
		Callers.current().require(WarningManagement.WARNING_READ);
		SchoolSummary school = org.school(schoolId);
		SchoolPeriod filter = new SchoolPeriod(school.id(), school.name(), from, to);
		return new Received(filter,
				warnings.received(schoolId, filter.start(clock.getZone()), filter.end(clock.getZone())));
	}

	/** The filter the list was read with and its lines, newest first. */
	public record Received(SchoolPeriod filter, List<ReceivedWarning> rows) {

		/** Warnings received: the figure's whole. */
		public int received() {
			return rows.size();
		}

		/** Acknowledged on time: the figure's part. */
		public int onTime() {
			return (int) rows.stream().filter(ReceivedWarning::onTime).count();
		}

	}

}
