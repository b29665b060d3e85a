package cn.xiaoan.education.web;

import java.time.Clock;
import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.SchoolPeriodQuery;
import cn.xiaoan.org.OrgManagement;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.CampaignFiguresBySchool;
import cn.xiaoan.education.SchoolCampaigns;
import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.education.IssueCampaign;
import cn.xiaoan.education.Rates;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Campaign list and issue form, and a campaign's rates with drill-down, trend and export.
 */
@Controller
class CampaignController {

	/** Schools below not finished listed on the page; the export has them all. */
	static final int BELOW_SHOWN = 500;

	private final EducationManagement education;

	private final MessageSource messages;

	private final EducationViews views;

	private final OrgManagement org;

	private final Clock clock;

	private final CampaignFiguresBySchool figures;

	CampaignController(EducationManagement education, MessageSource messages, EducationViews views, OrgManagement org,
			Clock clock, CampaignFiguresBySchool figures) {
		this.figures = figures;
		this.clock = clock;
		this.org = org;
		this.views = views;
		this.education = education;
		this.messages = messages;
	}

	/**
	 * The campaigns; with a school ({@code schoolId}, and a span of days), those of the
	 * period that targeted it with its figures, as the assessment counts them.
	 */
	@GetMapping("/campaigns")
	String list(SchoolPeriodQuery query, Model model) {
		if (query.named()) {
			SchoolCampaigns school = figures.campaignsOf(query.schoolId(), query.from(), query.to());
			model.addAttribute("school", school);
			model.addAttribute("campaigns", school.rows().stream().map(SchoolCampaigns.Row::campaign).toList());
			return "education/campaigns";
		}
		model.addAttribute("campaigns", education.campaigns());
		model.addAttribute("lessonLabels", views.lessonLabels(education.lessons()));
		model.addAttribute("form",
				new IssueCampaign("", "", "", LocalDate.now(), LocalDate.now().plusDays(30), true, null));
		model.addAttribute("stages", cn.xiaoan.education.Stage.values());
		return "education/campaigns";
	}

	/**
	 * A refused campaign goes back to the list with every error next to its field and
	 * what was typed (platform's page error handler); the module checks every field at
	 * once, so there is no {@code @Valid} to stop at the first ones.
	 */
	@PostMapping("/campaigns")
	String issue(IssueCampaign form, RedirectAttributes redirect) {
		Campaign campaign = education.issue(form);
		redirect.addFlashAttribute("flash", "campaign.issued");
		return "redirect:/campaigns/" + campaign.id();
	}

	/**
	 * A campaign's rates for one unit. htmx drilling up or down gets only the unit's
	 * figures ({@code #rates}); a page load, or htmx restoring a page missing from its
	 * history cache, gets the whole page.
	 */
	@GetMapping("/campaigns/{id}")
	String campaign(@PathVariable long id, @RequestParam(required = false) String unit,
			@RequestHeader(value = "HX-Request", defaultValue = "false") boolean htmx,
			@RequestHeader(value = "HX-History-Restore-Request", defaultValue = "false") boolean restore, Model model) {
		String shown = unit == null ? education.homeUnit() : unit;
		Rates.View view = education.rates(id, shown);
		CurrentUser me = Callers.current();
		Campaign campaign = view.campaign();
		boolean assign = me.can(Permission.EDUCATION_ASSIGN) && campaign.open();
		model.addAttribute("canAssign", assign);
		boolean canRemind = campaign.open() && view.self().completed() < view.self().assigned()
				&& (shown.startsWith("R:") ? me.can(Permission.EDUCATION_CAMPAIGN) : assign);
		boolean closable = !campaign.withdrawn() && education.closable(campaign);
		model.addAttribute("canWithdraw", closable);
		model.addAttribute("canEnd", closable && campaign.runningOn(LocalDate.now(clock)));
		model.addAttribute("canRemind", canRemind);
		model.addAttribute("reminder", canRemind ? education.reminderStatus(id, shown) : null);
		model.addAttribute("now", java.time.OffsetDateTime.now());
		model.addAttribute("unassigned", education.unassignedSchools(id, shown));
		model.addAttribute("view", view);
		Rates.Trend trend = education.trendOf(id, shown);
		model.addAttribute("trend", trend);
		model.addAttribute("trendJson", views.trendJson(trend.points()));
		model.addAttribute("trendLabels", views.trendLabels(view.self().hasParentPart()));
		model.addAttribute("unit", shown);
		model.addAttribute("nonCompleters", education.nonCompleters(id, shown));
		List<Rates.SchoolBehindBelow> behindBelow = education.nonCompletersBelow(id, shown);
		model.addAttribute("nonCompletersBelowCount", behindBelow.size());
		model.addAttribute("nonCompletersBelow", behindBelow.subList(0, Math.min(behindBelow.size(), BELOW_SHOWN)));
		return htmx && !restore ? "education/campaign :: rates" : "education/campaign";
	}

	/** 撤回: the reason is required; a refusal comes back to the page with its error. */
	@PostMapping("/campaigns/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		education.withdraw(id, reason);
		redirect.addFlashAttribute("flash", "campaign.withdrawn.done");
		return "redirect:/campaigns/" + id;
	}

	/** 提前结束: the reason is required; a refusal comes back to the page with its error. */
	@PostMapping("/campaigns/{id}/end")
	String end(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		education.endEarly(id, reason);
		redirect.addFlashAttribute("flash", "campaign.ended.done");
		return "redirect:/campaigns/" + id;
	}

	/**
	 * A school or class reminds its students not finished; a bureau its schools behind,
	 * and the installations below theirs (ADR 0084): the flash says how many were
	 * reminded here and how many asked below.
	 */
	@PostMapping("/campaigns/{id}/remind")
	String remind(@PathVariable long id, @RequestParam String unit, RedirectAttributes redirect) {
		flash(redirect, education.remind(id, unit, false),
				unit.startsWith("R:") ? "campaign.reminded.schools" : "campaign.reminded.students");
		return "redirect:/campaigns/" + id + "?unit=" + unit;
	}

	/** A bureau reminds the targeted schools that have not assigned the campaign. */
	@PostMapping("/campaigns/{id}/remind-unassigned")
	String remindUnassigned(@PathVariable long id, @RequestParam String unit, RedirectAttributes redirect) {
		flash(redirect, education.remind(id, unit, true), "campaign.reminded.unassigned");
		return "redirect:/campaigns/" + id + "?unit=" + unit;
	}

	private static void flash(RedirectAttributes redirect, Rates.Reminded reminded, String key) {
		if (reminded.askedBelow() > 0) {
			redirect.addFlashAttribute("flash", key + ".below");
			redirect.addFlashAttribute("flashArgs",
					List.of(reminded.here(), reminded.sources(), reminded.askedBelow()));
			return;
		}
		redirect.addFlashAttribute("flash", key);
		redirect.addFlashAttribute("flashArg", reminded.here());
	}

	/**
	 * The students of a school or class not finished; for a region unit the schools of
	 * the installations below not finished, school by school with their source — their
	 * pupils' names stay below (ADR 0084).
	 */
	@GetMapping("/campaigns/{id}/noncompleters")
	void exportNonCompleters(@PathVariable long id, @RequestParam String unit, HttpServletResponse response)
			throws IOException {
		List<Rates.NonCompleter> rows = education.nonCompleters(id, unit);
		List<Rates.SchoolBehindBelow> below = unit.startsWith("R:") ? education.nonCompletersBelow(id, unit)
				: List.of();
		ExcelExport.prepareDownload(response, DownloadName.of("",
				education.campaign(id).title() + "-" + org.callerUnitName() + "未完成名单", clock, ".xlsx"));
		if (unit.startsWith("R:")) {
			List<String> headers = List
				.of("rates.col.school", "rates.col.county", "rates.col.source", "rates.col.assigned",
						"rates.col.completed", "rates.col.notCompleted")
				.stream()
				.map(this::message)
				.toList();
			ExcelExport
				.write(response.getOutputStream(), message("rates.noncompleters.below.sheet"), headers, below,
						r -> List.of(r.name(), r.county(),
								messages.getMessage("rates.sourceName", new Object[] { r.source() },
										LocaleContextHolder.getLocale()),
								r.assigned(), r.completed(), r.notCompleted()));
			return;
		}
		List<String> headers = List
			.of("homework.col.class", "homework.col.student", "homework.item.study", "homework.item.quiz",
					"homework.item.parent", "homework.col.reminded")
			.stream()
			.map(this::message)
			.toList();
		ExcelExport.write(response.getOutputStream(), "未完成名单", headers, rows,
				r -> java.util.Arrays.asList(r.className(), r.name(), r.studied(), r.quizTaken(), r.parentDone(),
						r.remindedAt() == null ? "" : r.remindedAt()));
	}

	/**
	 * The trend chart as its table: the same points the chart draws, with the counts
	 * behind each rate; named to say when it counts the installations below (ADR 0079).
	 */
	@GetMapping("/campaigns/{id}/trend/export")
	void exportTrend(@PathVariable long id, @RequestParam String unit, HttpServletResponse response)
			throws IOException {
		Rates.Trend trend = education.trendOf(id, unit);
		String name = message(trend.includesBelow() ? "rates.trend.withBelow.title" : "rates.trend");
		ExcelExport.prepareDownload(response, DownloadName.of("",
				education.campaign(id).title() + "-" + org.callerUnitName() + "-" + name, clock, ".xlsx"));
		List<String> headers = List
			.of("rates.col.day", "rates.col.assigned", "rates.col.participated", "rates.col.participation",
					"rates.col.completed", "rates.col.completion", "rates.col.took", "rates.col.exam",
					"rates.col.parentDone", "rates.col.parent")
			.stream()
			.map(this::message)
			.toList();
		String noParentPart = message("rates.noParentPart");
		ExcelExport.write(response.getOutputStream(), name, headers, trend.points(), p -> {
			Rates r = p.rates();
			return List.of(p.day().toString(), r.assigned(), r.participated(), r.participation(), r.completed(),
					r.completion(), r.took(), r.exam(), r.parentDone(), r.hasParentPart() ? r.parent() : noParentPart);
		});
	}

	private String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	@GetMapping("/campaigns/{id}/export")
	void export(@PathVariable long id, @RequestParam String unit, HttpServletResponse response) throws IOException {
		Rates.View view = education.rates(id, unit);
		ExcelExport.prepareDownload(response,
				DownloadName.of("", view.campaign().title() + "-" + org.callerUnitName() + "参与情况", clock, ".xlsx"));
		List<String> headers = List
			.of("rates.col.unit", "rates.col.assigned", "rates.col.participation", "rates.col.completion",
					"rates.col.exam", "rates.col.pass", "rates.col.parent")
			.stream()
			.map(k -> messages.getMessage(k, null, LocaleContextHolder.getLocale()))
			.toList();
		List<Rates> rows = new java.util.ArrayList<>(view.children());
		rows.add(0, view.self());
		String noParentPart = messages.getMessage("rates.noParentPart", null, LocaleContextHolder.getLocale());
		ExcelExport.write(response.getOutputStream(), view.campaign().title(), headers, rows,
				r -> List.of(r.name(), r.assigned(), r.participation(), r.completion(), r.exam(), r.pass(),
						r.hasParentPart() ? r.parent() : noParentPart));
	}

}
