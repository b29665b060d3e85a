package cn.xiaoan.assessment;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A scheme's ranking of schools and bureaus for a period, its Excel, a school's score
 * card and the inspector's scoring of an item with a photo.
 */
@Controller
@RequestMapping("/assessment/schemes/{id}")
class RankingController {

	private final AssessmentManagement schemes;

	private final Rankings rankings;

	private final AssessmentScores scores;

	private final InspectorScores inspectors;

	private final AssessmentExports exports;

	private final Clock clock;

	RankingController(AssessmentManagement schemes, Rankings rankings, AssessmentScores scores,
			InspectorScores inspectors, AssessmentExports exports, Clock clock) {
		this.schemes = schemes;
		this.rankings = rankings;
		this.scores = scores;
		this.inspectors = inspectors;
		this.exports = exports;
		this.clock = clock;
	}

	@GetMapping("/ranking")
	String ranking(@PathVariable long id, @RequestParam(required = false) String period,
			@RequestParam(required = false) String region, @RequestParam(defaultValue = "0") int page, Model model) {
		schemes.scheme(id);
		Ranking ranking = rankings.of(id, period(period), region, page);
		model.addAttribute("ranking", ranking);
		model.addAttribute("periods", AssessmentPeriod.choices(LocalDate.now(clock)));
		return "assessment/ranking";
	}

	@PostMapping("/ranking/compute")
	String compute(@PathVariable long id, @RequestParam(required = false) String period,
			@RequestParam(required = false) String region, RedirectAttributes redirect) {
		schemes.scheme(id);
		AssessmentPeriod p = period(period);
		scores.compute(id, p, region);
		redirect.addFlashAttribute("message", "assessment.ranking.computed");
		return redirectToRanking(id, p, region);
	}

	/** Back to the ranking of the period and region a form was sent from. */
	static String redirectToRanking(long id, AssessmentPeriod period, String region) {
		return "redirect:" + UriComponentsBuilder.fromPath("/assessment/schemes/" + id + "/ranking")
			.queryParam("period", period.key())
			.queryParamIfPresent("region", java.util.Optional.ofNullable(region).filter(r -> !r.isBlank()))
			.encode()
			.toUriString();
	}

	@GetMapping("/ranking/export")
	void export(@PathVariable long id, @RequestParam(required = false) String period,
			@RequestParam(required = false) String region, HttpServletResponse response) throws IOException {
		schemes.scheme(id);
		Ranking ranking = rankings.of(id, period(period), region, 0);
		ExcelExport.prepareDownload(response, DownloadName.of(ranking.regionName(),
				ranking.scheme().name() + "排名（" + ranking.period().key() + "）", clock, ".xlsx"));
		exports.ranking(ranking, rankings.all(id, ranking.period(), region), response.getOutputStream());
	}

	@GetMapping("/schools/{schoolId}")
	String school(@PathVariable long id, @PathVariable long schoolId, @RequestParam(required = false) String period,
			Model model) {
		SchemeView scheme = schemes.scheme(id);
		AssessmentPeriod p = period(period);
		Ranking ranking = rankings.of(id, p, null, 0);
		RankedSchool row = rankings.all(id, p, null)
			.stream()
			.filter(r -> r.schoolId() == schoolId && r.elsewhere() == null)
			.findFirst()
			.orElse(null);
		model.addAttribute("scheme", scheme);
		model.addAttribute("period", p);
		model.addAttribute("ranking", ranking);
		model.addAttribute("row", row);
		model.addAttribute("figures", row == null ? null : row.figures());
		model.addAttribute("items", inspectors.of(id, schoolId, p));
		model.addAttribute("schoolId", schoolId);
		return "assessment/school";
	}

	@PostMapping("/schools/{schoolId}/scores")
	String score(@PathVariable long id, @PathVariable long schoolId, @Valid ScoreItem command,
			@RequestParam(required = false) MultipartFile photo, RedirectAttributes redirect) throws IOException {
		if (command.schoolId() != schoolId) {
			throw new cn.xiaoan.shared.BusinessRuleViolation("schoolId", "assessment.score.school");
		}
		inspectors.score(id, command, photo == null ? null : photo.getBytes(),
				photo == null ? null : photo.getOriginalFilename());
		// the school's score changes with it: rescore its region's ranking for the period
		scores.compute(id, AssessmentPeriod.of(command.period()), null);
		redirect.addFlashAttribute("message", "assessment.score.saved");
		return "redirect:/assessment/schemes/" + id + "/schools/" + schoolId + "?period=" + command.period();
	}

	private AssessmentPeriod period(String key) {
		return AssessmentPeriod.orQuarterOf(key, LocalDate.now(clock));
	}

}
