package cn.xiaoan.meeting;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The meetings for mobile apps and integrations: the ledger, a meeting with its
 * decisions, a task, and the quarterly table; the same scope checks as the pages.
 */
@RestController
@RequestMapping("/api/v1")
class MeetingApi {

	/** A meeting with its decision tasks. */
	record MeetingWithTasks(MeetingView meeting, List<TaskView> tasks) {
	}

	private final MeetingManagement meetings;

	private final MeetingLedger ledger;

	private final MeetingCompliance compliance;

	MeetingApi(MeetingManagement meetings, MeetingLedger ledger, MeetingCompliance compliance) {
		this.meetings = meetings;
		this.ledger = ledger;
		this.compliance = compliance;
	}

	@GetMapping("/meetings")
	List<MeetingView> list(@RequestParam(required = false) String kind, @RequestParam(required = false) String region,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String text) {
		return ledger.meetings(MeetingController.query(kind, region, from, to, text), MeetingLedger.PAGE);
	}

	@GetMapping("/meetings/{id}")
	MeetingWithTasks meeting(@PathVariable long id) {
		return new MeetingWithTasks(meetings.meeting(id), meetings.tasksOf(id));
	}

	@GetMapping("/meeting-tasks/{id}")
	TaskView task(@PathVariable long id) {
		return meetings.task(id);
	}

	@GetMapping("/meetings/compliance")
	Compliance compliance(@RequestParam(required = false) String region,
			@RequestParam(required = false) String quarter) {
		return compliance.of(region == null || region.isBlank() ? null : region,
				Quarter.parse(quarter, compliance.currentQuarter()));
	}

}
