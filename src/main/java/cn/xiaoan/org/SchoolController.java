package cn.xiaoan.org;

import cn.xiaoan.shared.DownloadName;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.xiaoan.org.RegionCommands.MoveSchool;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.ExcelExport;
import cn.xiaoan.shared.Permission;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** School pages: search, detail with classes, create/edit, Excel import and export. */
@Controller
@RequestMapping("/schools")
class SchoolController {

	private final OrgManagement org;

	private final SchoolSpreadsheet spreadsheet;

	private final SchoolStructure structure;

	private final RegionManagement regions;

	private final RegionTree tree;

	private final java.time.Clock clock;

	SchoolController(OrgManagement org, SchoolSpreadsheet spreadsheet, SchoolStructure structure,
			RegionManagement regions, RegionTree tree, java.time.Clock clock) {
		this.clock = clock;
		this.org = org;
		this.spreadsheet = spreadsheet;
		this.structure = structure;
		this.regions = regions;
		this.tree = tree;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String text, @RequestParam(required = false) SchoolType type,
			@RequestParam(required = false) String region, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "code") String sort,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		SchoolQuery query = new SchoolQuery(text, type, region, page, 20, sort);
		model.addAttribute("query", query);
		model.addAttribute("result", org.searchSchools(query));
		model.addAttribute("types", SchoolType.values());
		model.addAttribute("regions", org.regionsInScope());
		model.addAttribute("canEdit", Callers.current().can(Permission.SCHOOL_EDIT));
		return htmx != null ? "org/schools :: results" : "org/schools";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		SchoolSummary school = org.school(id);
		List<SchoolClass> classes = structure.classes(id);
		Map<String, List<SchoolClass>> byGrade = classes.stream()
			.collect(Collectors.groupingBy(SchoolClass::gradeName, java.util.LinkedHashMap::new, Collectors.toList()));
		model.addAttribute("school", school);
		model.addAttribute("grades", byGrade);
		model.addAttribute("gradeIds", structure.gradesOf(id));
		model.addAttribute("classCount", classes.size());
		model.addAttribute("canEdit", Callers.current().can(Permission.SCHOOL_EDIT));
		model.addAttribute("canSeePeople", Callers.current().can(Permission.PEOPLE_READ));
		model.addAttribute("moves", tree.movesOfSchool(id));
		boolean canMove = Callers.current().can(Permission.SCHOOL_EDIT) && !Callers.current().atOneSchool();
		model.addAttribute("canMove", canMove);
		model.addAttribute("regionOptions", canMove ? activeRegions() : Map.of());
		return "org/school";
	}

	/** Moves the school to another region; the reason shows in its history. */
	@PostMapping("/{id}/region")
	String move(@PathVariable long id, @Valid MoveSchool move) {
		regions.moveSchool(id, move);
		return "redirect:/schools/" + id + "?saved";
	}

	/** Regions a school may be placed in: those of the caller's scope still in use. */
	private Map<String, String> activeRegions() {
		Map<String, String> options = new TreeMap<>();
		org.regionsInScope()
			.stream()
			.filter(r -> !r.retired())
			.forEach(r -> options.put(r.code(), r.name() + " " + r.code()));
		return options;
	}

	@PostMapping("/{id}/grades")
	String addGrade(@PathVariable long id, @RequestParam String name,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		structure.addGrade(id, name);
		redirect.addFlashAttribute("message", "grade.added");
		return "redirect:/schools/" + id;
	}

	@PostMapping("/{id}/classes")
	String addClass(@PathVariable long id, @RequestParam long gradeId, @RequestParam String name,
			org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		structure.addClass(id, gradeId, name);
		redirect.addFlashAttribute("message", "class.added");
		return "redirect:/schools/" + id;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		Callers.current().require(Permission.SCHOOL_EDIT);
		model.addAttribute("school", new SaveSchool("", "", SchoolType.PRIMARY, "", "", "", false, 0, 0, 0));
		return form(model, null);
	}

	/**
	 * A refused school goes back to the form with every error and what was typed
	 * (platform's page error handler).
	 */
	@PostMapping("/new")
	String create(@Valid SaveSchool school) {
		return "redirect:/schools/" + org.createSchool(school).id() + "?saved";
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Callers.current().require(Permission.SCHOOL_EDIT);
		SchoolSummary s = org.school(id);
		model.addAttribute("school", new SaveSchool(s.code(), s.name(), s.type(), s.regionCode(), s.address(),
				s.phone(), s.boarding(), s.studentCount(), s.boarderCount(), s.staffCount()));
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid SaveSchool school) {
		org.updateSchool(id, school);
		return "redirect:/schools/" + id + "?saved";
	}

	private String form(Model model, Long id) {
		model.addAttribute("schoolId", id);
		model.addAttribute("types", SchoolType.values());
		model.addAttribute("regionOptions", activeRegions());
		return "org/school-form";
	}

	@GetMapping("/export")
	void export(@RequestParam(defaultValue = "") String text, @RequestParam(required = false) SchoolType type,
			@RequestParam(required = false) String region, HttpServletResponse response) throws IOException {
		Callers.current().require(Permission.SCHOOL_READ);
		ExcelExport.prepareDownload(response, DownloadName.of(org.callerUnitName(), "学校名录", clock, ".xlsx"));
		spreadsheet.export(new SchoolQuery(text, type, region, 0, 1, "code"), response.getOutputStream());
	}

	@GetMapping("/import")
	String importForm() {
		Callers.current().require(Permission.SCHOOL_EDIT);
		return "org/school-import";
	}

	@GetMapping("/import/template")
	void template(HttpServletResponse response) throws IOException {
		RegionSpreadsheet.download(response, DownloadName.of(org.callerUnitName(), "学校导入模板", clock, ".xlsx"));
		SchoolSpreadsheet.template(response.getOutputStream());
	}

	@PostMapping("/import")
	String importFile(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		model.addAttribute("result", spreadsheet.importSchools(file.getInputStream()));
		return "org/school-import";
	}

}
