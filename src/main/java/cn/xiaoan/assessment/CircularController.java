package cn.xiaoan.assessment;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 通报 of a ranking: its PDF to look at, and publishing it through the notices. */
@Controller
@RequestMapping("/assessment/schemes/{id}/circular")
class CircularController {

	private final AssessmentManagement schemes;

	private final AssessmentCircular circulars;

	private final Clock clock;

	CircularController(AssessmentManagement schemes, AssessmentCircular circulars, Clock clock) {
		this.schemes = schemes;
		this.circulars = circulars;
		this.clock = clock;
	}

	@GetMapping(value = "/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) String period,
			@RequestParam(required = false) String region) {
		schemes.scheme(id);
		AssessmentCircular.Circular circular = circulars.render(id, period(period), region);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", new cn.xiaoan.shared.DownloadName(circular.fileName()).inline())
			.body(circular.pdf());
	}

	@PostMapping
	String publish(@PathVariable long id, @RequestParam(required = false) String period,
			@RequestParam(required = false) String region, RedirectAttributes redirect) {
		schemes.scheme(id);
		AssessmentPeriod p = period(period);
		circulars.publish(id, p, region);
		redirect.addFlashAttribute("message", "assessment.circular.published");
		return RankingController.redirectToRanking(id, p, region);
	}

	private AssessmentPeriod period(String key) {
		return AssessmentPeriod.orQuarterOf(key, LocalDate.now(clock));
	}

}
