package cn.xiaoan.duty;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import cn.xiaoan.shared.BusinessRuleViolation;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A school's signing (未签名 list, signing sheet, Excel), its posts per person and its grid,
 * for the principal and safety officer; bureaus read the signing of the schools in their
 * region.
 */
@Controller
class DutySchoolController {

	private final DutyAssignments assignments;

	private final DutyGrid grid;

	private final SigningSheet sheet;

	DutySchoolController(DutyAssignments assignments, DutyGrid grid, SigningSheet sheet) {
		this.assignments = assignments;
		this.grid = grid;
		this.sheet = sheet;
	}

	@GetMapping("/duty/schools/{id}")
	String signing(@PathVariable long id, @RequestParam(defaultValue = "false") boolean all, Model model) {
		SchoolSigning signing = assignments.signing(id);
		model.addAttribute("signing", signing);
		model.addAttribute("all", all);
		model.addAttribute("rows", all ? signing.rows() : signing.unsigned());
		return "duty/school";
	}

	@GetMapping("/duty/schools/{id}/sheet.pdf")
	ResponseEntity<byte[]> sheetPdf(@PathVariable long id) {
		return sheet.pdf(id);
	}

	@GetMapping("/duty/schools/{id}/signing.xlsx")
	void signingExcel(@PathVariable long id, HttpServletResponse response) throws IOException {
		sheet.excel(id, response);
	}

	@GetMapping("/duty/schools/{id}/assignments")
	String assignmentsPage(@PathVariable long id, Model model) {
		model.addAttribute("signing", assignments.signing(id));
		model.addAttribute("posts", assignments.schoolPosts(id));
		return "duty/assignments";
	}

	@PostMapping("/duty/schools/{id}/sync")
	String sync(@PathVariable long id) {
		assignments.syncSchool(id);
		return "redirect:/duty/schools/" + id + "/assignments?synced";
	}

	@PostMapping("/duty/schools/{id}/assignments/{staffId}")
	String assign(@PathVariable long id, @PathVariable long staffId,
			@RequestParam(required = false) Set<String> posts) {
		assignments.assign(id, staffId, posts == null ? Set.of() : posts);
		return "redirect:/duty/schools/" + id + "/assignments?saved#staff-" + staffId;
	}

	@PostMapping("/duty/schools/{id}/assignments")
	String assignInBulk(@PathVariable long id, @RequestParam(defaultValue = "") String post,
			@RequestParam(required = false) List<Long> staff, @RequestParam(defaultValue = "add") String action) {
		if (staff == null || staff.isEmpty()) {
			throw new BusinessRuleViolation("staff", "duty.error.bulk.nobody");
		}
		assignments.assignInBulk(id, post, staff, !"remove".equals(action));
		return "redirect:/duty/schools/" + id + "/assignments?saved";
	}

	@GetMapping("/duty/schools/{id}/grid")
	String gridPage(@PathVariable long id, Model model) {
		model.addAttribute("map", grid.map(id));
		model.addAttribute("signing", assignments.signing(id));
		return "duty/grid";
	}

	@PostMapping("/duty/schools/{id}/grid")
	String addArea(@PathVariable long id, @RequestParam(defaultValue = "") String building,
			@RequestParam(defaultValue = "") String floor, @RequestParam(defaultValue = "") String area,
			@RequestParam(defaultValue = "") String responsibleId, @RequestParam(defaultValue = "") String deputyId,
			@RequestParam(defaultValue = "") String mapX, @RequestParam(defaultValue = "") String mapY) {
		grid.add(id, new NewGridArea(building, floor, area, id(responsibleId, "responsibleId"),
				id(deputyId, "deputyId"), number(mapX), number(mapY)));
		return "redirect:/duty/schools/" + id + "/grid?added";
	}

	private static Long id(String value, String field) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new BusinessRuleViolation(field, "duty.error.grid.staff");
		}
	}

	private static BigDecimal number(String value) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip()).setScale(2, java.math.RoundingMode.HALF_UP);
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw new BusinessRuleViolation("mapX", "duty.error.grid.position");
		}
	}

	@PostMapping("/duty/schools/{id}/grid/{areaId}/delete")
	String removeArea(@PathVariable long id, @PathVariable long areaId) {
		grid.remove(id, areaId);
		return "redirect:/duty/schools/" + id + "/grid?removed";
	}

}
