package cn.xiaoan.liaison;

import java.util.List;

import cn.xiaoan.org.Page;
import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.people.StudentView;
import cn.xiaoan.shared.BusinessRuleViolation;

import org.springframework.stereotype.Component;

/**
 * Keeps students' names out of what goes to the police: a text the school writes on a
 * clue is refused when it holds the full name of one of the school's current students.
 * The forwarder reads the school's students anyway (school leaders and bureaus); the
 * names are compared here and never stored.
 */
@Component
class StudentNames {

	private final PeopleManagement people;

	StudentNames(PeopleManagement people) {
		this.people = people;
	}

	/** Refuses the first field whose text holds a student's full name. */
	void refuseIn(long schoolId, List<String[]> fields) {
		int page = 0;
		Page<StudentView> students;
		do {
			students = people.students(schoolId, null, "", page++);
			for (StudentView s : students.items()) {
				String name = s.name() == null ? "" : s.name().trim();
				if (name.length() < 2) {
					continue;
				}
				for (String[] field : fields) {
					if (field[1] != null && field[1].contains(name)) {
						throw new BusinessRuleViolation(field[0], "liaison.clue.studentName");
					}
				}
			}
		}
		while ((long) page * students.size() < students.total() && !students.items().isEmpty());
	}

}
