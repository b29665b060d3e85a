package cn.xiaoan.bullying;

import java.io.IOException;

import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One case's file and the steps on it, for the committee and the county office. */
@Controller
@RequestMapping("/bullying/cases/{id}")
class BullyingCaseController {

	private final BullyingCases cases;

	private final BullyingManagement management;

	private final BullyingReviews reviews;

	private final BullyingParties parties;

	BullyingCaseController(BullyingCases cases, BullyingManagement management, BullyingReviews reviews,
			BullyingParties parties) {
		this.parties = parties;
		this.cases = cases;
		this.management = management;
		this.reviews = reviews;
	}

	@GetMapping
	String file(@PathVariable long id, Model model) {
		model.addAttribute("file", cases.file(id));
		model.addAttribute("parties", parties.parties(id));
		model.addAttribute("kinds", BullyingKind.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("statementKinds", StatementKind.values());
		model.addAttribute("measureKinds", MeasureKind.values());
		model.addAttribute("sides", Side.values());
		model.addAttribute("methods", NoticeMethod.values());
		model.addAttribute("outcomes", ReviewOutcome.values());
		return "bullying/case";
	}

	@PostMapping("/statements")
	String statement(@PathVariable long id, @Valid RecordStatement command, RedirectAttributes redirect) {
		management.recordStatement(id, command);
		return done(id, "bullying.statement.recorded", redirect);
	}

	@PostMapping("/evidence")
	String evidence(@PathVariable long id, @RequestParam("photo") MultipartFile photo,
			@RequestParam(defaultValue = "") String caption, RedirectAttributes redirect) throws IOException {
		management.addEvidence(id, photo.getBytes(), photo.getOriginalFilename(), caption);
		return done(id, "bullying.evidence.added", redirect);
	}

	@GetMapping("/evidence/{evidenceId}")
	ResponseEntity<byte[]> evidencePhoto(@PathVariable long id, @PathVariable long evidenceId) {
		var download = cases.evidence(id, evidenceId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, download.file().contentType())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(download.bytes());
	}

	@PostMapping("/parties")
	String link(@PathVariable long id, @Valid LinkParty command, RedirectAttributes redirect) {
		parties.link(id, command);
		return done(id, "bullying.party.linked", redirect);
	}

	@PostMapping("/decision")
	String decide(@PathVariable long id, @Valid DecideCase command, RedirectAttributes redirect) {
		management.decide(id, command);
		return done(id, "bullying.decided", redirect);
	}

	@PostMapping("/measures")
	String measure(@PathVariable long id, @Valid RecordMeasure command, RedirectAttributes redirect) {
		management.recordMeasure(id, command);
		return done(id, "bullying.measure.recorded", redirect);
	}

	@PostMapping("/families")
	String inform(@PathVariable long id, @Valid InformFamily command, RedirectAttributes redirect) {
		management.informFamily(id, command);
		return done(id, "bullying.informed", redirect);
	}

	@PostMapping("/follow-ups/{followUpId}")
	String followUp(@PathVariable long id, @PathVariable long followUpId, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		management.completeFollowUp(id, followUpId, note);
		return done(id, "bullying.followUp.done", redirect);
	}

	@PostMapping("/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		management.close(id);
		return done(id, "bullying.closedMessage", redirect);
	}

	@PostMapping("/appeal")
	String appeal(@PathVariable long id, @Valid FileAppeal command, RedirectAttributes redirect) {
		reviews.fileAppeal(id, command);
		return done(id, "bullying.appeal.filed", redirect);
	}

	@PostMapping("/review")
	String review(@PathVariable long id, @Valid AnswerAppeal command, RedirectAttributes redirect) {
		reviews.answer(id, command);
		return done(id, "bullying.review.answered", redirect);
	}

	private static String done(long id, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/bullying/cases/" + id;
	}

}
