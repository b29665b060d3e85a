package cn.xiaoan.meeting;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

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

/**
 * The meeting ledger, a meeting's page with its decisions, the form to record one, and
 * the quarterly-meeting table of the townships.
 */
@Controller
@RequestMapping("/meetings")
class MeetingController {

	private final MeetingManagement meetings;

	private final MeetingLedger ledger;

	private final MeetingCompliance compliance;

	private final MeetingExports exports;

	private final OrgManagement org;

	private final Clock clock;

	MeetingController(MeetingManagement meetings, MeetingLedger ledger, MeetingCompliance compliance,
			MeetingExports exports, OrgManagement org, Clock clock) {
		this.meetings = meetings;
		this.ledger = ledger;
		this.compliance = compliance;
		this.exports = exports;
		this.org = org;
		this.clock = clock;
	}

	@GetMapping
	String ledger(@RequestParam(required = false) String kind, @RequestParam(required = false) String region,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String text, Model model) {
		MeetingQuery query = query(kind, region, from, to, text);
		model.addAttribute("query", query);
		model.addAttribute("meetings", ledger.meetings(query, MeetingLedger.PAGE));
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("mayRecord", meetings.mayRecord(null));
		model.addAttribute("page", MeetingLedger.PAGE);
		return "meeting/ledger";
	}

	@GetMapping("/export")
	void export(@RequestParam(required = false) String kind, @RequestParam(required = false) String region,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String text, HttpServletResponse response) throws IOException {
		MeetingQuery query = query(kind, region, from, to, text);
		ledger.meetings(query, 1);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), "会议台账", clock, ".xlsx"));
		exports.meetings(query, response.getOutputStream());
	}

	@GetMapping("/new")
	String form(Model model) {
		model.addAttribute("kinds", meetings.kindsForCaller());
		model.addAttribute("departments", Department.values());
		model.addAttribute("now", java.time.LocalDateTime.now(clock).withSecond(0).withNano(0));
		return "meeting/form";
	}

	/** Invalid input never reaches here: the platform's page error handler shows it. */
	@PostMapping
	String record(@Valid RecordMeeting command, RedirectAttributes redirect) {
		long id = meetings.record(command);
		redirect.addFlashAttribute("message", "meeting.recorded");
		return "redirect:/meetings/" + id;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		MeetingView meeting = meetings.meeting(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("tasks", meetings.tasksOf(id));
		model.addAttribute("mayRecord", meetings.mayRecord(meeting.regionCode()));
		model.addAttribute("departments", Department.values());
		return "meeting/detail";
	}

	@PostMapping("/{id}/decisions")
	String decide(@PathVariable long id, @Valid AddDecision command, RedirectAttributes redirect) {
		meetings.addDecision(id, command);
		redirect.addFlashAttribute("message", "meeting.decision.added");
		return "redirect:/meetings/" + id;
	}

	@GetMapping("/compliance")
	String compliance(@RequestParam(required = false) String region, @RequestParam(required = false) String quarter,
			Model model) {
		Quarter current = compliance.currentQuarter();
		Quarter asked = Quarter.parse(quarter, current);
		model.addAttribute("table", compliance.of(blankToNull(region),
				asked.year() > current.year() || asked.year() == current.year() && asked.number() > current.number()
						? current : asked));
		model.addAttribute("current", current);
		return "meeting/compliance";
	}

	@GetMapping("/compliance/export")
	void complianceExport(@RequestParam(required = false) String region, @RequestParam(required = false) String quarter,
			HttpServletResponse response) throws IOException {
		Quarter asked = Quarter.parse(quarter, compliance.currentQuarter());
		Compliance table = compliance.of(blankToNull(region), asked);
		ExcelExport.prepareDownload(response, DownloadName.of(table.regionName(),
				"季度例会召开情况（" + asked.year() + "年第" + asked.number() + "季度）", clock, ".xlsx"));
		exports.compliance(table.regionCode(), asked, response.getOutputStream());
	}

	static MeetingQuery query(String kind, String region, String from, String to, String text) {
		return new MeetingQuery(parseKind(kind), region, date(from), date(to), text);
	}

	private static MeetingKind parseKind(String kind) {
		return java.util.Arrays.stream(MeetingKind.values())
			.filter(k -> k.name().equals(kind))
			.findFirst()
			.orElse(null);
	}

	static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
