package cn.xiaoan.people;

import cn.xiaoan.shared.DownloadName;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolClass;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.ExcelExport;
import cn.xiaoan.shared.Permission;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff and student pages of a school, imports with progress, and the student/parent "me"
 * page.
 */
@Controller
class PeopleController {

	/** Sent by htmx: answer the fragment it swaps, not the whole page. */
	static final String HTMX = "HX-Request";

	private final PeopleManagement people;

	private final PeopleRegistration registration;

	private final OrgManagement org;

	private final SchoolStructure structure;

	private final StudentImport studentImport;

	private final StaffImport staffImport;

	private final GuardianConsents consents;

	private final java.time.Clock clock;

	PeopleController(GuardianConsents consents, PeopleManagement people, OrgManagement org, StudentImport studentImport,
			StaffImport staffImport, SchoolStructure structure, PeopleRegistration registration,
			java.time.Clock clock) {
		this.clock = clock;
		this.consents = consents;
		this.registration = registration;
		this.structure = structure;
		this.people = people;
		this.org = org;
		this.studentImport = studentImport;
		this.staffImport = staffImport;
	}

	@GetMapping("/schools/{id}/staff")
	String staff(@PathVariable long id, @RequestParam(required = false) String post,
			@RequestHeader(value = HTMX, defaultValue = "false") boolean htmx, Model model) {
		model.addAttribute("staff", people.staff(id, post));
		model.addAttribute("school", org.school(id));
		model.addAttribute("posts", structure.posts());
		model.addAttribute("post", post);
		model.addAttribute("canEdit", Callers.current().can(Permission.PEOPLE_EDIT));
		return htmx ? "people/staff :: results" : "people/staff";
	}

	@GetMapping("/schools/{id}/staff/new")
	String staffForm(@PathVariable long id, Model model) {
		Callers.current().require(Permission.PEOPLE_EDIT);
		model.addAttribute("member", new SaveStaff("", "U", "", "TEACHER", true, ""));
		return staffFormPage(id, model);
	}

	private String staffFormPage(long id, Model model) {
		model.addAttribute("school", org.school(id));
		model.addAttribute("genders", List.of("M", "F", "U"));
		Map<String, String> postNames = new LinkedHashMap<>();
		structure.posts().forEach(p -> postNames.put(p.code(), p.name(LocaleContextHolder.getLocale())));
		model.addAttribute("postNames", postNames);
		return "people/staff-form";
	}

	/** A refused member goes back to the form with every error and what was typed. */
	@PostMapping("/schools/{id}/staff/new")
	String createStaff(@PathVariable long id, @Valid SaveStaff member) {
		registration.createStaff(id, member);
		return "redirect:/schools/" + id + "/staff?saved";
	}

	@GetMapping("/schools/{id}/students")
	String students(@PathVariable long id, @RequestParam(required = false) Long classId,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(value = HTMX, defaultValue = "false") boolean htmx, Model model) {
		model.addAttribute("result", people.students(id, classId, text, page));
		model.addAttribute("school", org.school(id));
		List<SchoolClass> classes = structure.classesOf(id);
		model.addAttribute("classes", classes);
		model.addAttribute("classNames", classNames(classes));
		model.addAttribute("classId", classId);
		model.addAttribute("text", text);
		model.addAttribute("canEdit", Callers.current().can(Permission.PEOPLE_EDIT));
		// htmx filters and pages swap only the list.
		return htmx ? "people/students :: results" : "people/students";
	}

	@GetMapping("/schools/{id}/students/new")
	String studentForm(@PathVariable long id, Model model) {
		Callers.current().require(Permission.PEOPLE_EDIT);
		model.addAttribute("student", new SaveStudent(null, "", "", "", false, "", "", ""));
		return studentFormPage(id, model);
	}

	private String studentFormPage(long id, Model model) {
		model.addAttribute("school", org.school(id));
		model.addAttribute("classNames", classNames(structure.classesOf(id)));
		return "people/student-form";
	}

	private static Map<Long, String> classNames(List<SchoolClass> classes) {
		Map<Long, String> names = new LinkedHashMap<>();
		classes.forEach(c -> names.put(c.id(), c.fullName()));
		return names;
	}

	/** A refused student goes back to the form with every error and what was typed. */
	@PostMapping("/schools/{id}/students/new")
	String createStudent(@PathVariable long id, @Valid SaveStudent student) {
		return "redirect:/students/" + registration.createStudent(id, student).id() + "?saved";
	}

	@GetMapping("/schools/{id}/students/import")
	String studentImportForm(@PathVariable long id, Model model) {
		Callers.current().require(Permission.PEOPLE_EDIT);
		model.addAttribute("school", org.school(id));
		model.addAttribute("grades", structure.gradesOf(id).keySet());
		return "people/student-import";
	}

	@PostMapping("/schools/{id}/students/import")
	String startStudentImport(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam String initialPassword, Model model) throws IOException {
		UUID job = studentImport.start(id, file.getOriginalFilename(), file.getInputStream(), initialPassword);
		return "redirect:/imports/" + job;
	}

	@GetMapping("/imports/{job}")
	String importJob(@PathVariable UUID job, @RequestParam(defaultValue = "0") int page, Model model) {
		ImportJob state = studentImport.job(job, page);
		model.addAttribute("job", state);
		model.addAttribute("school", org.school(state.schoolId()));
		return "people/import-job";
	}

	@GetMapping("/imports/{job}/progress")
	String importProgress(@PathVariable UUID job, Model model) {
		model.addAttribute("job", studentImport.job(job));
		return "people/import-job :: progress";
	}

	@GetMapping("/schools/{id}/students/import/template")
	void studentTemplate(@PathVariable long id, HttpServletResponse response) throws IOException {
		ExcelExport.prepareDownload(response, DownloadName.of(org.school(id).name(), "学生导入模板", clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), "学生", StudentImport.HEADERS,
				List.of(List.<Object>of("G450403201501010011", "张小明", "450403201501010011", "一年级", "1班", "否", "张建国",
						"13800000000", "父亲")),
				row -> row);
	}

	@GetMapping("/schools/{id}/staff/import")
	String staffImportForm(@PathVariable long id, Model model) {
		Callers.current().require(Permission.PEOPLE_EDIT);
		model.addAttribute("school", org.school(id));
		return "people/staff-import";
	}

	@PostMapping("/schools/{id}/staff/import")
	String importStaff(@PathVariable long id, @RequestParam("file") MultipartFile file,
			@RequestParam String initialPassword, Model model) throws IOException {
		model.addAttribute("result", staffImport.importStaff(id, file.getInputStream(), initialPassword));
		return staffImportForm(id, model);
	}

	@GetMapping("/schools/{id}/staff/import/template")
	void staffTemplate(@PathVariable long id, HttpServletResponse response) throws IOException {
		ExcelExport.prepareDownload(response, DownloadName.of(org.school(id).name(), "教职工导入模板", clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), "教职工", StaffImport.HEADERS,
				List.of(List.<Object>of("李卫东", "男", "13900000000", "保安", "是", "B001", "")), row -> row);
	}

	@GetMapping("/me")
	String me(Model model) {
		List<PeopleManagement.StudentDetail> mine = people.myStudents();
		model.addAttribute("students", mine);
		Map<Long, GuardianConsents.ConsentState> consent = new LinkedHashMap<>();
		mine.forEach(d -> consent.put(d.student().id(), consents.state(d.student().id())));
		model.addAttribute("consents", consent);
		return "people/me";
	}

}
