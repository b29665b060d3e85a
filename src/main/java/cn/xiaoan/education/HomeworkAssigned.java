package cn.xiaoan.education;

import java.time.LocalDate;
import java.util.List;

/**
 * Homework was assigned to the students of some classes of a school. Ids and facts only:
 * whoever tells the students and their parents looks up their accounts itself.
 *
 * @param title the homework's title, as the students will see it
 * @param studentIds every student the homework was assigned to
 */
public record HomeworkAssigned(long homeworkId, long schoolId, String regionCode, Long campaignId, String title,
		LocalDate dueOn, List<Long> studentIds) {

	public HomeworkAssigned {
		studentIds = List.copyOf(studentIds);
	}

}
