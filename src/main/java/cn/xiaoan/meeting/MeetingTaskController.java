package cn.xiaoan.meeting;

import java.io.IOException;
import java.time.Clock;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The decision tasks (督办事项): the list, one task, and its steps. */
@Controller
@RequestMapping("/meeting-tasks")
class MeetingTaskController {

	private final MeetingManagement meetings;

	private final MeetingLedger ledger;

	private final MeetingExports exports;

	private final OrgManagement org;

	private final Clock clock;

	MeetingTaskController(MeetingManagement meetings, MeetingLedger ledger, MeetingExports exports, OrgManagement org,
			Clock clock) {
		this.meetings = meetings;
		this.ledger = ledger;
		this.exports = exports;
		this.org = org;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String overdue,
			@RequestParam(required = false) String region, Model model) {
		TaskQuery query = query(status, overdue, region);
		model.addAttribute("query", query);
		model.addAttribute("tasks", ledger.tasks(query, MeetingLedger.PAGE));
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("page", MeetingLedger.PAGE);
		return "meeting/tasks";
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) String status, @RequestParam(required = false) String overdue,
			@RequestParam(required = false) String region, HttpServletResponse response) throws IOException {
		TaskQuery query = query(status, overdue, region);
		// refused before the download starts: an error cannot follow a begun file
		ledger.tasks(query, 1);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), "议定事项督办台账", clock, ".xlsx"));
		exports.tasks(query, response.getOutputStream());
	}

	@GetMapping("/{id}")
	String task(@PathVariable long id, Model model) {
		TaskView task = meetings.task(id);
		model.addAttribute("task", task);
		model.addAttribute("mayAnswer", meetings.mayAnswer(task));
		model.addAttribute("mayReadMeeting", meetings.mayRead(task.regionCode()));
		model.addAttribute("mayChase",
				task.overdue() && task.assigneeAccountId() != null && meetings.mayRecord(task.regionCode()));
		return "meeting/task";
	}

	@PostMapping("/{id}/start")
	String start(@PathVariable long id, @Valid TaskNote command, RedirectAttributes redirect) {
		meetings.startTask(id, command.note());
		redirect.addFlashAttribute("message", "meeting.task.started");
		return "redirect:/meeting-tasks/" + id;
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, @Valid CloseTask command, RedirectAttributes redirect) {
		meetings.closeTask(id, command);
		redirect.addFlashAttribute("message", "meeting.task.closed");
		return "redirect:/meeting-tasks/" + id;
	}

	@PostMapping("/{id}/chase")
	String chase(@PathVariable long id, RedirectAttributes redirect) {
		meetings.chase(id);
		redirect.addFlashAttribute("message", "meeting.task.chased");
		return "redirect:/meeting-tasks/" + id;
	}

	private static TaskQuery query(String status, String overdue, String region) {
		TaskStatus s = java.util.Arrays.stream(TaskStatus.values())
			.filter(v -> v.name().equals(status))
			.findFirst()
			.orElse(null);
		return new TaskQuery(s, "true".equals(overdue), region);
	}

}
