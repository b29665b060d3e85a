package cn.xiaoan.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of decision tasks: a new task, a task locked to be moved on, and its new state
 * saved. {@link MeetingManagement} checks the caller and announces the change.
 */
@Component
class TaskStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	TaskStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A decision of the meeting, assigned to an account or (null) to its owner alone. */
	long insert(long meetingId, String regionCode, AddDecision command, CurrentUser assignee) {
		return jdbc.sql("""
				insert into meeting.task (meeting_id, region_code, decision, owner_department, owner_person,
				       assignee_account_id, assignee_name, deadline, created_at)
				values (:m, :r, :d, :od, :op, :aid, :aname, :dl, :at) returning id""")
			.param("m", meetingId)
			.param("r", regionCode)
			.param("d", command.decision())
			.param("od", command.ownerDepartment().name())
			.param("op", command.ownerPerson())
			.param("aid", assignee == null ? null : assignee.accountId())
			.param("aname", assignee == null ? null : assignee.displayName())
			.param("dl", command.deadline())
			.param("at", OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
	}

	/** The task, locked until the transaction ends. */
	MeetingTask lock(long id) {
		return jdbc.sql("""
				select id, meeting_id, region_code, deadline, assignee_account_id, status, chased_on
				from meeting.task where id = :id for update""")
			.param("id", id)
			.query((rs, n) -> new MeetingTask(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), (Long) rs.getObject(5), TaskStatus.valueOf(rs.getString(6)),
					rs.getObject(7, LocalDate.class)))
			.optional()
			.orElseThrow(() -> new NotFound("meeting task", id));
	}

	/** The task's new status, with the columns {@code set} names. */
	void update(MeetingTask task, String set, Map<String, Object> params) {
		jdbc.sql("update meeting.task set status = :status, version = version + 1, " + set + " where id = :id")
			.params(params)
			.param("status", task.status.name())
			.param("id", task.id)
			.update();
	}

}
