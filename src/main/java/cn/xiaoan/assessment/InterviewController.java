package cn.xiaoan.assessment;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 约谈 and rectification orders: opened from a ranking, answered by the school. */
@Controller
class InterviewController {

	private final Interviews interviews;

	InterviewController(Interviews interviews) {
		this.interviews = interviews;
	}

	@PostMapping("/assessment/schemes/{id}/interviews")
	String open(@PathVariable long id, @Valid OpenInterview command, RedirectAttributes redirect) {
		long interview = interviews.open(id, command);
		redirect.addFlashAttribute("message", "assessment.interview.opened");
		return "redirect:/assessment/interviews/" + interview;
	}

	/**
	 * This platform's 约谈 and, for a bureau, those below (read-only), filtered by
	 * {@code state}, with each filter's count.
	 */
	@GetMapping("/assessment/interviews")
	String list(@RequestParam(required = false) String state, Model model) {
		model.addAttribute("board", interviews.board(InterviewFilter.of(state)));
		return "assessment/interviews";
	}

	@GetMapping("/assessment/interviews/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("interview", interviews.interview(id));
		model.addAttribute("mayReply", interviews.mayReply(id));
		model.addAttribute("mayDecide", interviews.mayDecide(id));
		return "assessment/interview";
	}

	@PostMapping("/assessment/interviews/{id}/reply")
	String reply(@PathVariable long id, @RequestParam(required = false) String reply, RedirectAttributes redirect) {
		interviews.reply(id, reply);
		redirect.addFlashAttribute("message", "assessment.interview.replied");
		return "redirect:/assessment/interviews/" + id;
	}

	@PostMapping("/assessment/interviews/{id}/decide")
	String decide(@PathVariable long id, @RequestParam(defaultValue = "false") boolean accept,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		interviews.decide(id, accept, comment);
		redirect.addFlashAttribute("message",
				accept ? "assessment.interview.accepted" : "assessment.interview.returned");
		return "redirect:/assessment/interviews/" + id;
	}

}
