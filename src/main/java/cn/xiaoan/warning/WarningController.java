package cn.xiaoan.warning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolType;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
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
 * The warnings pages: the ledger, the issue form, a warning with the caller's part of it
 * (a school's acknowledgement form, a bureau's progress by region with its schools).
 */
@Controller
@RequestMapping("/warnings")
class WarningController {

	static final int PAGE_SIZE = 50;

	private final WarningManagement warnings;

	private final OrgManagement org;

	private final WarningTimes times;

	private final WarningInstructions instructions;

	private final SchoolWarnings schoolWarnings;

	WarningController(WarningManagement warnings, OrgManagement org, WarningTimes times,
			WarningInstructions instructions, SchoolWarnings schoolWarnings) {
		this.warnings = warnings;
		this.schoolWarnings = schoolWarnings;
		this.instructions = instructions;
		this.org = org;
		this.times = times;
	}

	/**
	 * The ledger; with a school ({@code schoolId}, and a span of days), the warnings that
	 * school received, on-time acknowledgements marked, as the assessment counts them.
	 */
	@GetMapping
	String list(SchoolPeriodQuery query, Model model) {
		if (query.named()) {
			SchoolWarnings.Received received = schoolWarnings.of(query.schoolId(), query.from(), query.to());
			model.addAttribute("received", received);
			model.addAttribute("warnings", received.rows().stream().map(ReceivedWarning::warning).toList());
			model.addAttribute("now", times.now());
			model.addAttribute("school", true);
			return "warning/list";
		}
		model.addAttribute("warnings", warnings.list());
		model.addAttribute("now", times.now());
		model.addAttribute("school", Callers.current().scope().kind() == DataScope.Kind.SCHOOL);
		return "warning/list";
	}

	@GetMapping("/new")
	String form(Model model) {
		Callers.current().require(WarningManagement.WARNING_ISSUE);
		model.addAttribute("kinds", WarningKind.values());
		model.addAttribute("levels", WarningLevel.values());
		model.addAttribute("types", SchoolType.values());
		Map<String, String> regions = new java.util.LinkedHashMap<>();
		org.regionsInScope().stream().filter(r -> !r.retired()).forEach(r -> regions.put(r.code(), r.name()));
		model.addAttribute("regions", regions);
		model.addAttribute("defaultUntil", times.input(times.now().plus(java.time.Duration.ofDays(2))));
		return "warning/form";
	}

	/** Invalid input goes back to the form with its errors (platform's PageErrors). */
	@PostMapping
	String issue(@Valid IssueWarning command, RedirectAttributes redirect) {
		WarningSummary issued = warnings.issue(command);
		redirect.addFlashAttribute("message", "warning.issued");
		return "redirect:/warnings/" + issued.id();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, @RequestParam(required = false) String region,
			@RequestParam(required = false) String filter, @RequestParam(defaultValue = "0") int page, Model model) {
		WarningDetail detail = warnings.detail(id);
		model.addAttribute("detail", detail);
		model.addAttribute("now", times.now());
		model.addAttribute("instructions", instructions.of(id));
		model.addAttribute("canInstruct", instructions.canAdd(id));
		if (detail.own() == null) {
			progress(id, region, filter, page, model);
		}
		return "warning/detail";
	}

	/** The progress panel alone, which htmx polls while schools acknowledge. */
	@GetMapping("/{id}/progress")
	String progressPanel(@PathVariable long id, @RequestParam(required = false) String region,
			@RequestParam(required = false) String filter, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("detail", warnings.detail(id));
		progress(id, region, filter, page, model);
		return "warning/detail :: progress";
	}

	private void progress(long id, String region, String filter, int page, Model model) {
		Progress progress = warnings.progress(id, region);
		AcknowledgementFilter f = AcknowledgementFilter.of(filter);
		int total = f.count(progress.region());
		int last = Math.max(0, (total - 1) / PAGE_SIZE);
		int p = Math.min(Math.max(page, 0), last);
		model.addAttribute("progress", progress);
		model.addAttribute("filter", f);
		model.addAttribute("filters", AcknowledgementFilter.values());
		model.addAttribute("total", total);
		model.addAttribute("page", p);
		model.addAttribute("lastPage", last);
		model.addAttribute("lines", warnings.lines(id, progress.region().prefix(), f.name(), p, PAGE_SIZE));
	}

	/**
	 * 签收 with the actions taken: ticked {@code done} numbers and a note per action
	 * ({@code note-<n>}).
	 */
	@PostMapping("/{id}/acknowledge")
	String acknowledge(@PathVariable long id, @RequestParam(required = false) List<Integer> done,
			@RequestParam(required = false) String note, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Map<Integer, String> notes = new HashMap<>();
		params.forEach((name, value) -> {
			if (name.matches("note-\\d{1,3}") && value != null && !value.isBlank()) {
				notes.put(Integer.parseInt(name.substring(5)), value);
			}
		});
		warnings.acknowledge(id, new AcknowledgeWarning(done == null ? new ArrayList<>() : done, notes, note));
		redirect.addFlashAttribute("message", "warning.acknowledged");
		return "redirect:/warnings/" + id;
	}

}
