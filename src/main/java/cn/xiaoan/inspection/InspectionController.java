package cn.xiaoan.inspection;

import java.io.IOException;
import cn.xiaoan.shared.DownloadName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.ExcelExport;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;
import cn.xiaoan.shared.SafetyCategory;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The inspection pages: my tasks, plans, the phone form, spot checks, the bureau
 * overview.
 */
@Controller
class InspectionController {

	private final InspectionManagement inspections;

	private final OrgManagement org;

	private final InspectionExport export;

	private final java.time.Clock clock;

	InspectionController(InspectionManagement inspections, OrgManagement org, InspectionExport export,
			java.time.Clock clock) {
		this.clock = clock;
		this.export = export;
		this.inspections = inspections;
		this.org = org;
	}

	@GetMapping("/inspections")
	String home(Model model) {
		CurrentUser me = Callers.current().require(Permission.SCHOOL_READ);
		boolean manages = me.can(Permission.HAZARD_MANAGE) || me.can(Permission.HAZARD_SUPERVISE);
		model.addAttribute("myTasks", inspections.myTasks());
		model.addAttribute("manages", manages);
		model.addAttribute("supervises", supervises(me));
		model.addAttribute("canReport", me.can(Permission.HAZARD_REPORT) && me.scope().kind() == DataScope.Kind.SCHOOL);
		if (manages) {
			model.addAttribute("plans", inspections.plans());
			model.addAttribute("tasks", inspections.tasks(false));
		}
		return "inspection/home";
	}

	@GetMapping("/inspections/plans/new")
	String newPlan(Model model) {
		CurrentUser me = Callers.current();
		me.require(me.scope().kind() == DataScope.Kind.SCHOOL ? Permission.HAZARD_MANAGE : Permission.HAZARD_SUPERVISE);
		return planForm(model,
				new NewPlan("", Cadence.WEEKLY, List.of(), List.of(), Role.SCHOOL_SAFETY_OFFICER, false, List.of()),
				Map.of());
	}

	@PostMapping("/inspections/plans")
	String createPlan(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) String cadence,
			@RequestParam(required = false) List<SafetyCategory> categories,
			@RequestParam(defaultValue = "") String inspector, @RequestParam(required = false) List<Long> schoolIds,
			Model model) {
		boolean me = "ME".equals(inspector);
		NewPlan command = new NewPlan(name, parse(Cadence.class, cadence), categories, List.of(),
				me ? null : parse(Role.class, inspector), me, schoolIds);
		try {
			return "redirect:/inspections/plans/" + inspections.createPlan(command).id() + "?created";
		}
		catch (BusinessRuleViolation ex) {
			// re-rendered here: the flashed typed values keep one value a field, not the
			// chosen categories and schools
			return planForm(model, command, ex.fieldErrors());
		}
	}

	@GetMapping("/inspections/plans/{id}")
	String plan(@PathVariable long id, Model model) {
		model.addAttribute("plan", inspections.plan(id));
		model.addAttribute("items", inspections.planItems(id));
		return "inspection/plan";
	}

	@GetMapping("/inspections/tasks/{id}")
	String task(@PathVariable long id, Model model) {
		return taskForm(model, inspections.task(id), Map.of(), Map.of());
	}

	/**
	 * Signs the task; or, for 全部合格 ({@code action=all-pass}), comes back with every
	 * unanswered item marked passed and nothing saved (the page's script does the same
	 * without the round trip).
	 */
	@PostMapping("/inspections/tasks/{id}")
	String submit(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
			Model model) throws IOException {
		TaskDetail detail = inspections.task(id);
		List<SubmitInspection.Answer> answers = answers(detail, form);
		if ("all-pass".equals(form.getFirst("action"))) {
			return taskForm(model, detail, byItem(SubmitInspection.restPassed(answers)), Map.of());
		}
		Map<Long, SubmitInspection.Answer> entered = byItem(answers);
		try {
			inspections.submit(id,
					new SubmitInspection(answers, "true".equals(form.getFirst("confirmed")), photos(request, detail)));
			return "redirect:/inspections/tasks/" + id + "?submitted";
		}
		catch (BusinessRuleViolation ex) {
			// re-rendered here: every item keeps its own answer, note and location and
			// its own error
			return taskForm(model, detail, entered, ex.fieldErrors());
		}
	}

	/**
	 * The signed records of the caller's school or region; written to memory first so a
	 * refused caller gets a clean 403, not half a download.
	 */
	@GetMapping("/inspections/export")
	void export(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		java.io.ByteArrayOutputStream workbook = new java.io.ByteArrayOutputStream();
		export.write(workbook);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), "检查记录", clock, ".xlsx"));
		workbook.writeTo(response.getOutputStream());
	}

	@GetMapping("/inspections/library")
	String library(@RequestParam(required = false) SafetyCategory category, Model model) {
		return libraryPage(model, category, new NewChecklistItem(category, "", "", null));
	}

	@PostMapping("/inspections/library")
	String addItem(@RequestParam(required = false) String category, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "") String basis, @RequestParam(required = false) String suggestedGrade,
			Model model) {
		NewChecklistItem command = new NewChecklistItem(parse(SafetyCategory.class, category), text, basis,
				parse(cn.xiaoan.hazard.HazardGrade.class, suggestedGrade));
		// a refused item goes back to the library with every error and what was typed
		ChecklistItem item = inspections.addItem(command);
		return "redirect:/inspections/library?category=" + item.category() + "&added";
	}

	@GetMapping("/inspections/spot-checks/new")
	String newSpotCheck(Model model) {
		Callers.current().require(Permission.HAZARD_SUPERVISE);
		return spotCheckForm(model, new SpotCheck(null, List.of(), List.of()), Map.of());
	}

	@PostMapping("/inspections/spot-checks")
	String spotCheck(@RequestParam(required = false) Long schoolId,
			@RequestParam(required = false) List<SafetyCategory> categories, Model model) {
		SpotCheck command = new SpotCheck(schoolId, categories, List.of());
		try {
			return "redirect:/inspections/tasks/" + inspections.spotCheck(command).id();
		}
		catch (BusinessRuleViolation ex) {
			// re-rendered here: the flashed typed values keep one value a field, not the
			// chosen categories
			return spotCheckForm(model, command, ex.fieldErrors());
		}
	}

	@GetMapping("/inspections/overview")
	String overview(Model model) {
		model.addAttribute("rows", inspections.overview());
		return "inspection/overview";
	}

	private static Map<Long, SubmitInspection.Answer> byItem(List<SubmitInspection.Answer> answers) {
		Map<Long, SubmitInspection.Answer> byItem = new LinkedHashMap<>();
		answers.forEach(a -> byItem.put(a.itemId(), a));
		return byItem;
	}

	/** The photo of each item (field photo-itemId), when the form was sent with files. */
	/** Each item's result, note and location as the form names them. */
	static List<SubmitInspection.Answer> answers(TaskDetail detail, MultiValueMap<String, String> form) {
		List<SubmitInspection.Answer> answers = new ArrayList<>();
		for (TaskItemView item : detail.items()) {
			answers.add(new SubmitInspection.Answer(item.itemId(),
					parse(ItemResult.class, form.getFirst("result-" + item.itemId())),
					form.getFirst("note-" + item.itemId()), form.getFirst("location-" + item.itemId())));
		}
		return answers;
	}

	static Map<Long, SubmitInspection.Photo> photos(HttpServletRequest request, TaskDetail detail) throws IOException {
		Map<Long, SubmitInspection.Photo> photos = new LinkedHashMap<>();
		// the security filters may wrap the multipart request the dispatcher resolved
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart != null) {
			for (TaskItemView item : detail.items()) {
				MultipartFile file = multipart.getFile("photo-" + item.itemId());
				if (file != null && !file.isEmpty()) {
					photos.put(item.itemId(), new SubmitInspection.Photo(file.getBytes(), file.getOriginalFilename()));
				}
			}
		}
		return photos;
	}

	private String planForm(Model model, NewPlan command, Map<String, String> errors) {
		CurrentUser me = Callers.current();
		boolean bureau = me.scope().kind() != DataScope.Kind.SCHOOL;
		model.addAttribute("command", command);
		model.addAttribute("errors", errors);
		model.addAttribute("bureau", bureau);
		model.addAttribute("cadences", Cadence.values());
		model.addAttribute("categories", SafetyCategory.values());
		model.addAttribute("roles",
				List.of(Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER, Role.HEAD_TEACHER, Role.TEACHER, Role.GUARD));
		return "inspection/plan-form";
	}

	private String taskForm(Model model, TaskDetail detail, Map<Long, SubmitInspection.Answer> entered,
			Map<String, String> errors) {
		model.addAttribute("detail", detail);
		model.addAttribute("entered", entered);
		model.addAttribute("errors", errors);
		model.addAttribute("offlineUrls",
				detail.canSubmit() ? InspectionOfflineController.cachedUrls(detail, inspections) : "");
		return "inspection/task";
	}

	private String libraryPage(Model model, SafetyCategory category, NewChecklistItem command) {
		CurrentUser me = Callers.current();
		model.addAttribute("items", inspections.library(category));
		model.addAttribute("category", category);
		model.addAttribute("categories", SafetyCategory.values());
		model.addAttribute("grades", cn.xiaoan.hazard.HazardGrade.values());
		model.addAttribute("canAdd", me.role() == Role.BUREAU_ADMIN || me.role() == Role.SYSTEM_ADMIN);
		model.addAttribute("command", command);
		return "inspection/library";
	}

	private String spotCheckForm(Model model, SpotCheck command, Map<String, String> errors) {
		model.addAttribute("command", command);
		model.addAttribute("errors", errors);
		model.addAttribute("categories", SafetyCategory.values());
		return "inspection/spot-check";
	}

	private static boolean supervises(CurrentUser me) {
		return me.can(Permission.HAZARD_SUPERVISE) && me.scope().kind() != DataScope.Kind.SCHOOL;
	}

	/** An enum from a form value; anything else is treated as not chosen. */
	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
