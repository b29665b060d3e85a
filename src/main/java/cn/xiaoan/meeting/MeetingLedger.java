package cn.xiaoan.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledgers (台账) of meetings and of decision tasks in the caller's scope: a body sees
 * its own meetings and those of the regions below it; an account that reads no meetings
 * sees only the tasks assigned to it.
 */
@Service
@Transactional(readOnly = true)
class MeetingLedger {

	/** A page shows at most this many rows; the export has them all. */
	static final int PAGE = 300;

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final Clock clock;

	MeetingLedger(JdbcClient jdbc, OrgManagement org, Clock clock) {
		this.jdbc = jdbc;
		this.org = org;
		this.clock = clock;
	}

	List<MeetingView> meetings(MeetingQuery query, int limit) {
		CurrentUser caller = Callers.current().require(MeetingPermissions.READ);
		Map<String, String> regions = org.regionNames();
		return jdbc.sql(MeetingRows.MEETING + """
				where m.region_code like :p || '%'
				  and (cast(:kind as varchar) is null or m.kind = :kind)
				  and (cast(:from as date) is null or m.held_at >= cast(:from as date))
				  and (cast(:to as date) is null or m.held_at < cast(:to as date) + 1)
				  and (:text = '' or m.title like '%' || :text || '%' or m.place like '%' || :text || '%'
				       or m.minutes like '%' || :text || '%')
				order by m.held_at desc, m.id desc limit :limit""")
			.param("p", prefix(caller, query.region()))
			.param("kind", query.kind() == null ? null : query.kind().name())
			.param("from", query.from())
			.param("to", query.to())
			.param("text", query.text())
			.param("today", today())
			.param("limit", limit)
			.query((rs, n) -> MeetingRows.meeting(rs, regions))
			.list();
	}

	List<TaskView> tasks(TaskQuery query, int limit) {
		CurrentUser caller = Callers.current();
		if (!caller.role().isStaff()) {
			throw new AccessDenied("students and parents answer no meeting decisions");
		}
		boolean reader = caller.can(MeetingPermissions.READ);
		Map<String, String> regions = org.regionNames();
		return jdbc.sql(MeetingRows.TASK + """
				where (case when :reader then t.region_code like :p || '%' else t.assignee_account_id = :me end)
				  and (cast(:status as varchar) is null or t.status = :status)
				  and (not :overdue or (t.status <> 'DONE' and t.deadline < :today))
				order by (t.status = 'DONE'), t.deadline, t.id limit :limit""")
			.param("reader", reader)
			.param("p", reader ? prefix(caller, query.region()) : "")
			.param("me", caller.accountId())
			.param("status", query.status() == null ? null : query.status().name())
			.param("overdue", query.overdue())
			.param("today", today())
			.param("limit", limit)
			.query((rs, n) -> MeetingRows.task(rs, regions, today()))
			.list();
	}

	/**
	 * The region to filter by: the one asked for when the caller's scope covers it, else
	 * the whole scope.
	 */
	static String prefix(CurrentUser caller, String region) {
		if (region != null && caller.scope().coversRegion(region)) {
			return RegionCode.of(region).prefix();
		}
		return caller.scope().sqlRegionPrefix();
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
