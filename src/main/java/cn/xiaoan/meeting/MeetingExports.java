package cn.xiaoan.meeting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.xiaoan.shared.ExcelExport;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workbooks (台账) of meetings, of decision tasks and of the quarterly-meeting table:
 * Chinese columns and words whatever the reader's language, since the files go to other
 * offices; the same scope and filters as the pages.
 */
@Service
@Transactional(readOnly = true)
class MeetingExports {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	/** An export holds at most this many rows. */
	static final int MAX_ROWS = 50_000;

	private final MeetingLedger ledger;

	private final MeetingCompliance compliance;

	private final MessageSource messages;

	MeetingExports(MeetingLedger ledger, MeetingCompliance compliance, MessageSource messages) {
		this.ledger = ledger;
		this.compliance = compliance;
		this.messages = messages;
	}

	void meetings(MeetingQuery query, OutputStream out) throws IOException {
		List<MeetingView> rows = ledger.meetings(query, MAX_ROWS);
		ExcelExport.write(out, "会议台账",
				List.of("召开单位", "会议类型", "会议名称", "召开时间", "地点", "主持人", "参会部门", "参会人员", "议题", "会议纪要", "议定事项", "已办结",
						"逾期未办结", "记录人"),
				rows,
				m -> Arrays.asList(m.regionName(), text(m.kind().messageKey()), m.title(), m.heldAtText(), m.place(),
						m.chair(),
						m.departments().stream().map(d -> text(d.messageKey())).collect(Collectors.joining("、")),
						m.attendees(), m.agenda(), m.minutes(), m.tasks(), m.done(), m.overdue(), m.recordedByName()));
	}

	void tasks(TaskQuery query, OutputStream out) throws IOException {
		List<TaskView> rows = ledger.tasks(query, MAX_ROWS);
		ExcelExport.write(out, "议定事项督办台账",
				List.of("召开单位", "会议", "会议日期", "议定事项", "责任部门", "责任人", "承办账号", "办结期限", "状态", "是否逾期", "办理进展", "办理结果",
						"佐证材料", "办结时间", "办结人"),
				rows,
				t -> Arrays.asList(t.regionName(), t.meetingTitle(), t.meetingDay(), t.decision(),
						text(t.ownerDepartment().messageKey()), t.ownerPerson(),
						t.assigneeName() == null ? "" : t.assigneeName(), t.deadline().toString(),
						text(t.status().messageKey()), t.overdue(), t.progressNote(), t.result(), t.evidence(),
						t.closedAtText(), t.closedByName() == null ? "" : t.closedByName()));
	}

	void compliance(String region, Quarter quarter, OutputStream out) throws IOException {
		Compliance table = compliance.of(region, quarter);
		List<String> headers = new ArrayList<>(List.of("地区", "乡镇（街道）数", "本季度已召开例会", "未召开", "达标率（%）", "本年联席会议（次）"));
		for (Quarter q : table.quarters()) {
			headers.add(text("meeting.quarter.name", q.year(), q.number()) + "例会（次）");
		}
		headers.add("最近一次例会");
		ExcelExport.write(out, "季度例会召开情况", headers, table.rows(), r -> {
			List<Object> values = new ArrayList<>(List.of(r.name(), r.townships(), r.met(), r.notMet(), r.percent()));
			values.add(r.township() ? "" : r.jointHeld());
			for (int i = 0; i < table.quarters().size(); i++) {
				values.add(r.township() ? r.meetingsByQuarter().get(i) : "");
			}
			values.add(r.lastHeld() == null ? "" : r.lastHeld().toString());
			return values;
		});
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, CHINESE);
	}

}
