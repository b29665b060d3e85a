package cn.xiaoan.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.org.SchoolYearAdvanced;
import cn.xiaoan.org.SchoolYearPlan;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.SchoolCalendar;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboarding a school year (新学年): org moves the classes up a grade and graduates the top
 * grade, and here, in the same transaction, its students graduate — they leave the active
 * lists, keep their records, and their accounts are disabled; head teachers of graduated
 * classes are freed for the intake. The school year is the one whose start (the region's
 * {@code SCHOOL_YEAR_STARTS}) is nearest to today; running it again for that year changes
 * nothing.
 */
@Service
@Transactional(readOnly = true)
public class SchoolYearOnboarding {

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final SchoolStructure structure;

	private final PolicyManagement policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final StudentRetention retention;

	SchoolYearOnboarding(JdbcClient jdbc, OrgManagement org, SchoolStructure structure, PolicyManagement policy,
			ApplicationEventPublisher events, Clock clock, StudentRetention retention) {
		this.retention = retention;
		this.jdbc = jdbc;
		this.org = org;
		this.structure = structure;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/** What advancing would do now, for a school in the caller's scope. */
	public SchoolYearOutcome preview(long schoolId) {
		return advance(schoolId, new AdvanceSchoolYear(true, null));
	}

	/** Previews or applies the roll-over of a school in the caller's scope. */
	@Transactional
	public SchoolYearOutcome advance(long schoolId, AdvanceSchoolYear command) {
		CurrentUser caller = Callers.current().require(PeopleManagement.SCHOOL_YEAR_ADVANCE);
		SchoolSummary school = org.school(schoolId);
		String year = SchoolCalendar.at(policy.snapshot(), school.regionCode())
			.nearestSchoolYear(LocalDate.now(clock))
			.label();
		SchoolYearPlan plan = structure.schoolYearPlanOf(schoolId, year);
		int newClasses = command.newClasses() != null ? command.newClasses() : plan.firstGradeClasses();
		if (newClasses < 0 || newClasses > 30) {
			throw new BusinessRuleViolation("newClasses", "schoolyear.newClasses.range");
		}
		List<Long> graduating = plan.graduating() == null ? List.of() : plan.graduating().classIds();
		int students = plan.alreadyAdvanced() ? 0 : countStudents(graduating);
		if (command.preview() || plan.alreadyAdvanced()) {
			return outcome(schoolId, plan, students, newClasses, false);
		}
		if (plan.graduating() == null) {
			throw new BusinessRuleViolation("schoolId", "schoolyear.noGrades");
		}
		SchoolYearAdvanced advanced = structure.advanceSchoolYearOf(schoolId, year, newClasses, caller.username())
			.orElse(null);
		if (advanced == null) {
			// another request rolled the school over a moment ago
			return outcome(schoolId, structure.schoolYearPlanOf(schoolId, year), 0, newClasses, false);
		}
		List<Long> graduates = jdbc.sql("""
				update people.student set graduated_in = :y, left_on = :today, left_reason = 'GRADUATED'
				where class_id = any(:c) and graduated_in is null and left_on is null
				returning id""")
			.param("y", (Integer.parseInt(year.substring(0, 4)) - 1) + "-" + year.substring(0, 4))
			.param("today", java.time.LocalDate.now(clock))
			.param("c", advanced.graduatedClassIds().toArray(Long[]::new))
			.query(Long.class)
			.list();
		int disabled = jdbc.sql(
				"update people.account set enabled = false where role = 'STUDENT' and person_id = any(:ids) and enabled")
			.param("ids", graduates.toArray(Long[]::new))
			.update();
		// parents whose children have all left sign in no more
		retention.disableParentsOfLeft(graduates);
		int freed = jdbc.sql("update people.staff set head_class_id = null where head_class_id = any(:c)")
			.param("c", advanced.graduatedClassIds().toArray(Long[]::new))
			.update();
		events.publishEvent(EntityChanged.updated("graduation", schoolId + "@" + year, school.regionCode(), schoolId,
				Map.of("activeStudentsGraduating", graduates.size()),
				Map.of("graduated", graduates.size(), "accountsDisabled", disabled, "headTeachersFreed", freed)));
		return outcome(schoolId, plan, graduates.size(), newClasses, true);
	}

	private int countStudents(List<Long> classIds) {
		return jdbc.sql("select count(*) from people.student where class_id = any(:c) and graduated_in is null")
			.param("c", classIds.toArray(Long[]::new))
			.query(Integer.class)
			.single();
	}

	private static SchoolYearOutcome outcome(long schoolId, SchoolYearPlan plan, int students, int newClasses,
			boolean applied) {
		return new SchoolYearOutcome(schoolId, plan.schoolYear(), plan.promotedClasses(),
				plan.graduating() == null ? 0 : plan.graduating().classIds().size(), students, plan.steps(),
				plan.graduating(), plan.newGradeName(), newClasses, applied, plan.alreadyAdvanced() && !applied);
	}

}
