package cn.xiaoan.bullying;

import java.util.List;

import cn.xiaoan.shared.SchoolPeriodQuery;
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
 * The case list, reporting with an account, the statistics, and naming the committee
 * (principal) and the county office (county administrator).
 */
@Controller
@RequestMapping("/bullying")
class BullyingController {

	private final BullyingCases cases;

	private final BullyingReports reports;

	private final BullyingCommittees committees;

	private final BullyingFigures figures;

	BullyingController(BullyingCases cases, BullyingReports reports, BullyingCommittees committees,
			BullyingFigures figures) {
		this.cases = cases;
		this.reports = reports;
		this.committees = committees;
		this.figures = figures;
	}

	/**
	 * The cases; with a school ({@code schoolId}, and a span of days), those the
	 * assessment's on-time rate counts, decided on time marked.
	 */
	@GetMapping
	String list(SchoolPeriodQuery query, Model model) {
		if (query.named()) {
			DueCases due = cases.dueInPeriod(query.schoolId(), query.from(), query.to());
			model.addAttribute("due", due);
			model.addAttribute("rows", due.rows());
			model.addAttribute("late", List.of());
			return "bullying/list";
		}
		var rows = cases.list();
		model.addAttribute("rows", rows);
		model.addAttribute("late", rows.stream().filter(CaseRow::late).toList());
		return "bullying/list";
	}

	@GetMapping("/report")
	String reportForm() {
		return "bullying/report";
	}

	@PostMapping("/report")
	String report(@Valid ReportBullying command, RedirectAttributes redirect) {
		reports.report(command);
		redirect.addFlashAttribute("message", "bullying.reported");
		return "redirect:/bullying/report";
	}

	@GetMapping("/statistics")
	String statistics(Model model) {
		model.addAttribute("stats", figures.statistics());
		return "bullying/statistics";
	}

	@GetMapping("/committee")
	String committee(Model model) {
		model.addAttribute("members", committees.committee());
		model.addAttribute("office", false);
		return "bullying/members";
	}

	@PostMapping("/committee")
	String nameToCommittee(@RequestParam(defaultValue = "") String username, RedirectAttributes redirect) {
		committees.nameToCommittee(username);
		redirect.addFlashAttribute("message", "bullying.member.named");
		return "redirect:/bullying/committee";
	}

	@PostMapping("/committee/{accountId}/remove")
	String removeFromCommittee(@PathVariable long accountId, RedirectAttributes redirect) {
		committees.removeFromCommittee(accountId);
		redirect.addFlashAttribute("message", "bullying.member.removed");
		return "redirect:/bullying/committee";
	}

	@GetMapping("/office")
	String office(Model model) {
		model.addAttribute("members", committees.office());
		model.addAttribute("office", true);
		return "bullying/members";
	}

	@PostMapping("/office")
	String nameToOffice(@RequestParam(defaultValue = "") String username, RedirectAttributes redirect) {
		committees.nameToOffice(username);
		redirect.addFlashAttribute("message", "bullying.member.named");
		return "redirect:/bullying/office";
	}

	@PostMapping("/office/{accountId}/remove")
	String removeFromOffice(@PathVariable long accountId, RedirectAttributes redirect) {
		committees.removeFromOffice(accountId);
		redirect.addFlashAttribute("message", "bullying.member.removed");
		return "redirect:/bullying/office";
	}

}
