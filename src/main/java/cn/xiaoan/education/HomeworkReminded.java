package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.List;

/**
 * A teacher reminded the students of one class who have not finished a homework (and so
 * their parents). Ids and facts only.
 *
 * @param studentIds the students reminded: those of the class not finished
 */
public record HomeworkReminded(long homeworkId, long classId, String title, LocalDate dueOn, List<Long> studentIds) {

	public HomeworkReminded {
		studentIds = List.copyOf(studentIds);
	}

}
