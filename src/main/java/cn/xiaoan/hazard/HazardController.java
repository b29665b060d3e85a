package cn.xiaoan.hazard;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.SafetyCategory;
import jakarta.validation.Valid;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ledger page, a hazard's page with the steps the caller may take, and the report
 * form.
 */
@Controller
@RequestMapping("/hazards")
class HazardController {

	/** Sent by htmx: answer the fragment it swaps, not the whole page. */
	static final String HTMX = "HX-Request";

	private final HazardManagement hazards;

	private final HazardLedger ledger;

	private final HazardSupervision supervision;

	private final OrgManagement org;

	private final HazardPhotos photos;

	/** The current request (a proxy): every step answers htmx and plain posts alike. */
	private final HttpServletRequest request;

	private final Clock clock;

	private final HazardExports exports;

	private final MessageSource messages;

	HazardController(HazardManagement hazards, HazardLedger ledger, HazardSupervision supervision, OrgManagement org,
			HazardPhotos photos, HttpServletRequest request, Clock clock, HazardExports exports,
			MessageSource messages) {
		this.clock = clock;
		this.exports = exports;
		this.messages = messages;
		this.photos = photos;
		this.request = request;
		this.hazards = hazards;
		this.ledger = ledger;
		this.supervision = supervision;
		this.org = org;
	}

	/**
	 * The ledger's period: this quarter unless the picker chose another (see
	 * LedgerPeriod).
	 */
	@ModelAttribute("period")
	LedgerPeriod period(@RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return LedgerPeriod.of(period, from, to, LocalDate.now(clock));
	}

	@ModelAttribute("query")
	LedgerQuery query(@RequestParam(required = false) Long schoolId, @RequestParam(required = false) String region,
			@RequestParam(required = false) HazardStatus status, @RequestParam(required = false) HazardGrade grade,
			@RequestParam(required = false) SafetyCategory category, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page) {
		return new LedgerQuery(schoolId, region, status, grade, category, overdue, from, to, page);
	}

	/** The figures and the list both of the hazards found in the chosen period. */
	@GetMapping
	String ledger(@ModelAttribute("query") LedgerQuery filter, @ModelAttribute("period") LedgerPeriod period,
			@RequestHeader(value = HTMX, defaultValue = "false") boolean htmx, Model model) {
		LedgerQuery query = filter.in(period);
		model.addAttribute("query", query);
		model.addAttribute("periods", LedgerPeriod.choices(LocalDate.now(clock)));
		model.addAttribute("result", ledger.ledger(query));
		model.addAttribute("stats", ledger.statistics(query, period));
		model.addAttribute("statuses", HazardStatus.values());
		model.addAttribute("grades", HazardGrade.values());
		model.addAttribute("categories", SafetyCategory.values());
		model.addAttribute("regions", org.regionsInScope());
		// htmx filters swap only the figures and the table.
		return htmx ? "hazard/ledger :: results" : "hazard/ledger";
	}

	/** The ledger of the chosen period as a workbook named after it. */
	@GetMapping("/export")
	void export(@ModelAttribute("query") LedgerQuery filter, @ModelAttribute("period") LedgerPeriod period,
			HttpServletResponse response) throws IOException {
		// refused before the download starts: an error page cannot follow a started file
		Callers.current().require(Permission.HAZARD_READ);
		download(response,
				DownloadName.of(org.callerUnitName(), "隐患台账（"
						+ messages.getMessage(period.labelKey(), period.labelArgs(), Locale.SIMPLIFIED_CHINESE) + "）",
						clock, ".xlsx"));
		exports.ledger(filter.in(period), response.getOutputStream());
	}

	/** 挂牌督办 list of the caller's bureau. */
	@GetMapping("/supervised/export")
	void exportSupervised(HttpServletResponse response) throws IOException {
		Callers.current().require(Permission.HAZARD_SUPERVISE);
		download(response, DownloadName.of(org.callerUnitName(), "挂牌督办隐患清单", clock, ".xlsx"));
		exports.supervised(response.getOutputStream());
	}

	/** An .xlsx download with a Chinese file name (RFC 6266 filename*). */
	private static void download(HttpServletResponse response, DownloadName name) {
		ExcelExport.prepareDownload(response, name);
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("detail", hazards.detail(id));
		model.addAttribute("photos", photos.of(id));
		model.addAttribute("grades", HazardGrade.values());
		return "hazard/detail";
	}

	@GetMapping("/report")
	String reportForm(Model model) {
		CurrentUser me = Callers.current().require(Permission.HAZARD_REPORT);
		model.addAttribute("categories", SafetyCategory.values());
		model.addAttribute("schools", me.scope().kind() == DataScope.Kind.SCHOOL
				? java.util.List.of(org.school(me.scope().schoolId())) : org.schoolsInScope(SchoolQuery.all()));
		return "hazard/report";
	}

	/**
	 * Invalid input never reaches here: the platform's page error handler shows every
	 * field error on the form's page.
	 */
	@PostMapping("/report")
	String report(@Valid ReportHazard command, @RequestParam(required = false) MultipartFile photo,
			RedirectAttributes redirect) throws IOException {
		HazardSummary created = hazards.report(command);
		redirect.addFlashAttribute("message", "hazard.reported");
		if (photo != null && !photo.isEmpty()) {
			// The hazard is reported already: a refused photo is told, not an error of
			// the
			// report.
			try {
				photos.attach(created.id(), HazardPhotos.Kind.FOUND, photo.getBytes(), photo.getOriginalFilename());
			}
			catch (BusinessRuleViolation ex) {
				redirect.addFlashAttribute("error", ex.fieldErrors().values().iterator().next());
			}
		}
		return "redirect:/hazards/" + created.id();
	}

	@PostMapping("/{id}/photos")
	String photo(@PathVariable long id, @RequestParam HazardPhotos.Kind kind,
			@RequestParam("photo") MultipartFile photo, RedirectAttributes redirect) throws IOException {
		photos.attach(id, kind, photo.getBytes(), photo.getOriginalFilename());
		redirect.addFlashAttribute("message", "hazard.photo.added");
		return "redirect:/hazards/" + id;
	}

	@PostMapping("/{id}/register")
	String register(@PathVariable long id, Model model, RedirectAttributes redirect) {
		hazards.register(id);
		return done(id, model, redirect);
	}

	@PostMapping("/{id}/grade")
	String grade(@PathVariable long id, @Valid GradeHazard command, Model model, RedirectAttributes redirect) {
		hazards.grade(id, command.grade(), command.deadline());
		return done(id, model, redirect);
	}

	@PostMapping("/{id}/plan")
	String plan(@PathVariable long id, @Valid RectificationPlan command, Model model, RedirectAttributes redirect) {
		hazards.filePlan(id, command);
		return done(id, model, redirect);
	}

	@PostMapping("/{id}/start")
	String start(@PathVariable long id, Model model, RedirectAttributes redirect) {
		hazards.startRectification(id);
		return done(id, model, redirect);
	}

	@PostMapping("/{id}/complete")
	String complete(@PathVariable long id, @Valid StepNote command, Model model, RedirectAttributes redirect) {
		hazards.completeRectification(id, command.note());
		return done(id, model, redirect);
	}

	@PostMapping("/{id}/verify")
	String verify(@PathVariable long id, @Valid VerifyHazard command, Model model, RedirectAttributes redirect) {
		hazards.verify(id, command.accepted(), command.note());
		return done(id, model, redirect);
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, Model model, RedirectAttributes redirect) {
		hazards.close(id);
		return done(id, model, redirect);
	}

	@PostMapping("/{id}/spotfix")
	String spotfix(@PathVariable long id, @Valid StepNote command, Model model, RedirectAttributes redirect) {
		hazards.fixOnTheSpot(id, command.note());
		return done(id, model, redirect);
	}

	@PostMapping("/{id}/supervise")
	String supervise(@PathVariable long id, @Valid SuperviseHazard command, Model model, RedirectAttributes redirect) {
		supervision.supervise(id, command.deadline());
		return done(id, model, redirect);
	}

	@PostMapping("/{id}/summon")
	String summon(@PathVariable long id, @Valid SummonLeaders command, Model model, RedirectAttributes redirect) {
		supervision.summon(id, command.note());
		return done(id, model, redirect);
	}

	/**
	 * After a step: htmx swaps the hazard's panel in place; a plain form post goes back
	 * to the hazard's page.
	 */
	private String done(long id, Model model, RedirectAttributes redirect) {
		if ("true".equals(request.getHeader(HTMX))) {
			model.addAttribute("message", "hazard.step.done");
			detail(id, model);
			return "hazard/detail :: hazard";
		}
		redirect.addFlashAttribute("message", "hazard.step.done");
		return "redirect:/hazards/" + id;
	}

}
