package cn.xiaoan.accident;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.people.StudentView;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The people hurt in an accident. Stored anonymised — surname + 某, grade, age, injury —
 * so that every report that leaves the school carries no name; a student taken from the
 * roll keeps the link, through which the school alone sees the name (people's API
 * decides).
 */
@Component
class VictimRecords {

	/** A person hurt as stored. */
	record Entry(PersonKind kind, Long studentId, String initials, String gradeName, Integer age, Injury injury) {
	}

	private final JdbcClient jdbc;

	private final PeopleManagement people;

	VictimRecords(JdbcClient jdbc, PeopleManagement people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	/**
	 * The entries of a report: a student of the roll must be of the school and visible to
	 * the caller; anyone else is named by surname; each has an injury.
	 */
	List<Entry> entries(List<ReportAccident.Victim> victims, SchoolSummary school, int year) {
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < victims.size(); i++) {
			ReportAccident.Victim v = victims.get(i);
			String field = "victims[" + i + "]";
			if (v.injury() == null) {
				throw new BusinessRuleViolation(field + ".injury", "accident.victim.injury.required");
			}
			if (v.age() != null && (v.age() < 0 || v.age() > 120)) {
				throw new BusinessRuleViolation(field + ".age", "accident.victim.age.range");
			}
			if (v.studentId() != null) {
				entries.add(fromRoll(v, school, year, field));
				continue;
			}
			if (v.surname().isEmpty() || v.surname().length() > 4) {
				throw new BusinessRuleViolation(field + ".surname", "accident.victim.surname.required");
			}
			PersonKind kind = v.kind() == null ? PersonKind.STUDENT : v.kind();
			entries.add(new Entry(kind, null, initials(v.surname()), v.gradeName(), v.age(), v.injury()));
		}
		return entries;
	}

	private Entry fromRoll(ReportAccident.Victim v, SchoolSummary school, int year, String field) {
		PeopleManagement.StudentDetail detail;
		try {
			detail = people.student(v.studentId());
		}
		catch (NotFound ex) {
			throw new BusinessRuleViolation(field + ".studentId", "accident.victim.student");
		}
		StudentView s = detail.student();
		if (s.schoolId() != school.id()) {
			throw new BusinessRuleViolation(field + ".studentId", "accident.victim.student");
		}
		Integer born = s.birthDate() != null ? Integer.valueOf(s.birthDate().getYear()) : s.birthYear();
		Integer age = v.age() != null ? v.age() : born == null ? null : year - born;
		String grade = detail.schoolClass() == null ? v.gradeName() : detail.schoolClass().gradeName();
		return new Entry(PersonKind.STUDENT, s.id(), initials(s.name()), grade, age, v.injury());
	}

	/** "李某": the surname's first character, or a two-character surname given alone. */
	static String initials(String name) {
		String n = name.replace("某", "").trim();
		if (n.isEmpty()) {
			return "某";
		}
		return (n.length() == 2 && !n.equals(name.trim()) ? n : n.substring(0, 1)) + "某";
	}

	void insert(long accidentId, List<Entry> entries) {
		for (Entry e : entries) {
			jdbc.sql(
					"""
							insert into accident.victim (accident_id, person_kind, student_id, initials, grade_name, age, injury)
							values (:a, :k, :s, :i, :g, :age, :injury)""")
				.param("a", accidentId)
				.param("k", e.kind().name())
				.param("s", e.studentId())
				.param("i", e.initials())
				.param("g", e.gradeName())
				.param("age", e.age())
				.param("injury", e.injury().name())
				.update();
		}
	}

	/**
	 * The people hurt as the caller sees them: at the school, with the staff who read the
	 * roll, a student linked to it by name; everyone else as stored ("李某").
	 */
	List<AccidentDetail.VictimView> shown(List<AccidentDetail.VictimView> stored, Map<Long, Long> roll) {
		CurrentUser caller = Callers.current();
		if (!caller.atOneSchool() || !caller.can(Permission.PEOPLE_READ) || roll.isEmpty()) {
			return stored;
		}
		return stored.stream().map(v -> {
			Long student = roll.get(v.id());
			if (student == null) {
				return v;
			}
			try {
				String name = people.student(student).student().name();
				return new AccidentDetail.VictimView(v.id(), v.kind(), name, v.gradeName(), v.age(), v.injury());
			}
			catch (NotFound | cn.xiaoan.shared.AccessDenied ex) {
				return v;
			}
		}).toList();
	}

}
