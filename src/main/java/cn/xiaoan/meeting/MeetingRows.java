package cn.xiaoan.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** The SQL of the module's read models and how a row becomes a view. */
final class MeetingRows {

	static final String MEETING = """
			select m.id, m.region_code, m.kind, m.title, m.held_at, m.place, m.chair, m.departments, m.attendees,
			       m.agenda, m.minutes, m.recorded_by_name,
			       (select count(*) from meeting.task t where t.meeting_id = m.id) as tasks,
			       (select count(*) from meeting.task t where t.meeting_id = m.id and t.status = 'DONE') as done,
			       (select count(*) from meeting.task t where t.meeting_id = m.id and t.status <> 'DONE'
			           and t.deadline < :today) as overdue
			from meeting.meeting m
			""";

	static final String TASK = """
			select t.id, t.meeting_id, m.title, m.held_at, t.region_code, t.decision, t.owner_department,
			       t.owner_person, t.assignee_account_id, t.assignee_name, t.deadline, t.status, t.progress_note,
			       t.result, t.evidence, t.closed_at, t.closed_by_name, t.chased_on
			from meeting.task t join meeting.meeting m on m.id = t.meeting_id
			""";

	private MeetingRows() {
	}

	static MeetingView meeting(ResultSet rs, Map<String, String> regions) throws SQLException {
		String region = rs.getString("region_code");
		return new MeetingView(rs.getLong("id"), region, regions.getOrDefault(region, region),
				MeetingKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getObject("held_at", OffsetDateTime.class), rs.getString("place"), rs.getString("chair"),
				Department.parse(rs.getString("departments")), rs.getString("attendees"), rs.getString("agenda"),
				rs.getString("minutes"), rs.getString("recorded_by_name"), rs.getInt("tasks"), rs.getInt("done"),
				rs.getInt("overdue"));
	}

	static TaskView task(ResultSet rs, Map<String, String> regions, LocalDate today) throws SQLException {
		String region = rs.getString("region_code");
		TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
		LocalDate deadline = rs.getObject("deadline", LocalDate.class);
		return new TaskView(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("title"),
				rs.getObject("held_at", OffsetDateTime.class), region, regions.getOrDefault(region, region),
				rs.getString("decision"), Department.valueOf(rs.getString("owner_department")),
				rs.getString("owner_person"), (Long) rs.getObject("assignee_account_id"), rs.getString("assignee_name"),
				deadline, status, rs.getString("progress_note"), rs.getString("result"), rs.getString("evidence"),
				rs.getObject("closed_at", OffsetDateTime.class), rs.getString("closed_by_name"),
				rs.getObject("chased_on", LocalDate.class), status != TaskStatus.DONE && deadline.isBefore(today));
	}

}
