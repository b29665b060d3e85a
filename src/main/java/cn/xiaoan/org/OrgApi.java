package cn.xiaoan.org;

import cn.xiaoan.shared.DownloadName;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.RegionCommands.MoveSchool;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of regions, schools and classes; the same scope rules as the pages. */
@RestController
@RequestMapping("/api/v1")
class OrgApi {

	private final OrgManagement org;

	private final SchoolStructure structure;

	private final SchoolSpreadsheet spreadsheet;

	private final RegionManagement regions;

	private final RegionTree tree;

	private final MessageSource messages;

	private final java.time.Clock clock;

	OrgApi(OrgManagement org, SchoolStructure structure, SchoolSpreadsheet spreadsheet, RegionManagement regions,
			RegionTree tree, MessageSource messages, java.time.Clock clock) {
		this.clock = clock;
		this.org = org;
		this.structure = structure;
		this.spreadsheet = spreadsheet;
		this.regions = regions;
		this.tree = tree;
		this.messages = messages;
	}

	/**
	 * Regions of the caller's scope, or those directly below {@code parent}; retired ones
	 * flagged.
	 */
	@GetMapping("/regions")
	List<Region> regions(@RequestParam(required = false) String parent) {
		return org.regionsInScope(parent);
	}

	/** The same workbook as the page's import, checked whole: all rows or none. */
	@PostMapping("/schools/imports")
	ResponseEntity<Object> importSchools(@RequestParam("file") MultipartFile file) throws IOException {
		SchoolSpreadsheet.ImportResult result = spreadsheet.importSchools(file.getInputStream());
		return ImportReport.answer(result.problems(), Map.of("imported", result.created() + result.updated(), "created",
				result.created(), "updated", result.updated()), messages);
	}

	@GetMapping("/schools/import/template")
	void schoolTemplate(HttpServletResponse response) throws IOException {
		RegionSpreadsheet.download(response, DownloadName.of(org.callerUnitName(), "学校导入模板", clock, ".xlsx"));
		SchoolSpreadsheet.template(response.getOutputStream());
	}

	@PutMapping("/schools/{id}/region")
	SchoolSummary moveSchool(@PathVariable long id, @Valid @RequestBody MoveSchool move) {
		return regions.moveSchool(id, move);
	}

	@GetMapping("/schools/{id}/moves")
	List<SchoolMove> schoolMoves(@PathVariable long id) {
		org.school(id);
		return tree.movesOfSchool(id);
	}

	@GetMapping("/schools")
	Page<SchoolSummary> schools(@RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) SchoolType type, @RequestParam(required = false) String region,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@RequestParam(defaultValue = "code") String sort) {
		return org.searchSchools(new SchoolQuery(text, type, region, page, size, sort));
	}

	@GetMapping("/schools/{id}")
	SchoolSummary school(@PathVariable long id) {
		return org.school(id);
	}

	@PostMapping("/schools")
	@ResponseStatus(HttpStatus.CREATED)
	SchoolSummary create(@Valid @RequestBody SaveSchool school) {
		return org.createSchool(school);
	}

	@PutMapping("/schools/{id}")
	SchoolSummary update(@PathVariable long id, @Valid @RequestBody SaveSchool school) {
		return org.updateSchool(id, school);
	}

	record NewGrade(String name) {
	}

	record NewClass(long gradeId, String name) {
	}

	@PostMapping("/schools/{id}/grades")
	@ResponseStatus(HttpStatus.CREATED)
	java.util.Map<String, Long> addGrade(@PathVariable long id, @RequestBody NewGrade grade) {
		return java.util.Map.of("id", structure.addGrade(id, grade.name()));
	}

	@PostMapping("/schools/{id}/classes")
	@ResponseStatus(HttpStatus.CREATED)
	java.util.Map<String, Long> addClass(@PathVariable long id, @RequestBody NewClass schoolClass) {
		return java.util.Map.of("id", structure.addClass(id, schoolClass.gradeId(), schoolClass.name()));
	}

	@GetMapping("/schools/{id}/classes")
	List<SchoolClass> classes(@PathVariable long id) {
		return structure.classes(id);
	}

}
