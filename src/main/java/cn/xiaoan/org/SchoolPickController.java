package cn.xiaoan.org;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The matches the school picker of a form shows as its user types
 * ({@code fragments/school-picker}): an HTML fragment of choices named like the form's
 * field, so the form posts the school id as it always did.
 */
@Controller
class SchoolPickController {

	private final SchoolSearch search;

	SchoolPickController(SchoolSearch search) {
		this.search = search;
	}

	/**
	 * @param q what was typed
	 * @param field the form field's name, which the answer's choices bear; the chosen
	 * ones come along under it and are kept first
	 * @param multiple several schools (check boxes) rather than one (radio buttons)
	 * @param required one school must be chosen
	 */
	@GetMapping("/org/schools/pick")
	String pick(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "schoolId") String field,
			@RequestParam(defaultValue = "false") boolean multiple,
			@RequestParam(defaultValue = "false") boolean required, HttpServletRequest request, Model model) {
		String name = field.matches("[A-Za-z][A-Za-z0-9]{0,39}") ? field : "schoolId";
		String[] given = request.getParameterValues(name);
		Set<Long> chosen = SchoolSearch.ids(given == null ? List.of() : List.of(given));
		List<SchoolChoice> found = search.matching(q, chosen);
		model.addAttribute("found", found);
		model.addAttribute("chosen", chosen);
		long matched = found.stream().filter(s -> !chosen.contains(s.id())).count();
		model.addAttribute("matched", matched);
		// the search shows at most MATCHES: "the first 20", never "20 found" of hundreds
		model.addAttribute("capped", matched >= SchoolSearch.MATCHES);
		model.addAttribute("name", name);
		model.addAttribute("multiple", multiple);
		model.addAttribute("required", required && !multiple);
		model.addAttribute("typed", q.strip().codePointCount(0, q.strip().length()) >= SchoolSearch.MIN_CHARS);
		return "fragments/school-picker :: results";
	}

}
