package cn.xiaoan.bullying;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The public form (no account): choose the county and the school, report, and receive the
 * follow-up code; check a case's coarse state with the code. Both limited per client.
 */
@Controller
@RequestMapping("/public/bullying")
class BullyingPublicController {

	private final BullyingReports reports;

	BullyingPublicController(BullyingReports reports) {
		this.reports = reports;
	}

	@GetMapping
	String form(@RequestParam(required = false) String county, Model model) {
		model.addAttribute("counties", reports.counties());
		model.addAttribute("county", county);
		model.addAttribute("schools", county == null ? java.util.Map.of() : reports.schools(county));
		return "bullying/public-report";
	}

	/**
	 * The code is shown on this answer only (a POST's page, not bookmarked or
	 * redirected).
	 */
	@PostMapping
	String report(@Valid ReportBullying command, HttpServletRequest request, Model model) {
		model.addAttribute("code", reports.reportPublicly(command, request.getRemoteAddr()));
		return "bullying/public-reported";
	}

	@GetMapping("/status")
	String statusForm() {
		return "bullying/public-status";
	}

	@PostMapping("/status")
	String status(@RequestParam(defaultValue = "") String code, HttpServletRequest request, Model model) {
		model.addAttribute("asked", true);
		model.addAttribute("state", reports.lookup(code, request.getRemoteAddr()).orElse(null));
		return "bullying/public-status";
	}

	@ExceptionHandler(ReportLimitReached.class)
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	String tooMany() {
		return "bullying/public-busy";
	}

}
