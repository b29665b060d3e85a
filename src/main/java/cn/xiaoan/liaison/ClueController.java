package cn.xiaoan.liaison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.DataScope;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clue pages: the list with its states (the police's inbox), the form — which has no
 * field for a student's name — and a clue with its timeline and the reader's next steps.
 */
@Controller
@RequestMapping("/liaison/clues")
class ClueController {

	/** Rows of students the form offers. */
	static final int STUDENT_ROWS = 3;

	private final ClueManagement clues;

	ClueController(ClueManagement clues) {
		this.clues = clues;
	}

	@GetMapping
	String list(@RequestParam(required = false) ClueState state, @RequestParam(required = false) ClueCategory category,
			@RequestParam(required = false) Boolean late, Model model) {
		model.addAttribute("clues", clues.list(state, category, Boolean.TRUE.equals(late)));
		model.addAttribute("state", state);
		model.addAttribute("category", category);
		model.addAttribute("late", Boolean.TRUE.equals(late));
		model.addAttribute("states", ClueState.values());
		model.addAttribute("categories", ClueCategory.values());
		model.addAttribute("police", ClueManagement.police(Callers.current()));
		return "liaison/clues";
	}

	@GetMapping("/new")
	String form(Model model) {
		Callers.current().require(LiaisonPermissions.CLUE_FORWARD);
		boolean bureau = Callers.current().scope().kind() != DataScope.Kind.SCHOOL;
		// a bureau picks the school by fragments/school-picker
		model.addAttribute("school", !bureau);
		model.addAttribute("station", bureau ? null : clues.stationFor(Callers.current().scope().schoolId()));
		model.addAttribute("categories", ClueCategory.values());
		model.addAttribute("parts", StudentPart.values());
		model.addAttribute("rows", java.util.stream.IntStream.rangeClosed(1, STUDENT_ROWS).boxed().toList());
		return "liaison/clue-form";
	}

	@PostMapping
	String forward(@Valid ForwardClue command, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
		ClueView clue = clues.forward(command.withStudents(students(params)));
		redirect.addFlashAttribute("message", "liaison.clue.forwarded");
		return "redirect:/liaison/clues/" + clue.id();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("detail", clues.detail(id));
		model.addAttribute("outcomes", ClueOutcome.values());
		return "liaison/clue";
	}

	@PostMapping("/{id}/acknowledge")
	String acknowledge(@PathVariable long id, RedirectAttributes redirect) {
		clues.acknowledge(id);
		redirect.addFlashAttribute("message", "liaison.clue.acknowledged");
		return "redirect:/liaison/clues/" + id;
	}

	@PostMapping("/{id}/ask")
	String ask(@PathVariable long id, @Valid ClueAnswer question, RedirectAttributes redirect) {
		clues.ask(id, question);
		redirect.addFlashAttribute("message", "liaison.clue.asked");
		return "redirect:/liaison/clues/" + id;
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, @Valid CloseClue outcome, RedirectAttributes redirect) {
		clues.close(id, outcome);
		redirect.addFlashAttribute("message", "liaison.clue.closedMessage");
		return "redirect:/liaison/clues/" + id;
	}

	@PostMapping("/{id}/transfer")
	String transfer(@PathVariable long id, @Valid TransferClue command, RedirectAttributes redirect) {
		clues.transfer(id, command);
		redirect.addFlashAttribute("message", "liaison.clue.transferred");
		return "redirect:/liaison/clues/" + id;
	}

	@PostMapping("/{id}/messages")
	String message(@PathVariable long id, @Valid ClueAnswer message, RedirectAttributes redirect) {
		clues.message(id, message);
		redirect.addFlashAttribute("message", "liaison.clue.messageSent");
		return "redirect:/liaison/clues/" + id;
	}

	/**
	 * The form's student rows ({@code grade-N}, {@code initials-N}, {@code part-N}); a
	 * row left empty is no student.
	 */
	private static List<InvolvedStudent> students(Map<String, String> params) {
		List<InvolvedStudent> rows = new ArrayList<>();
		for (int i = 1; i <= STUDENT_ROWS; i++) {
			String grade = params.getOrDefault("grade-" + i, "").trim();
			String initials = params.getOrDefault("initials-" + i, "").trim();
			if (grade.isEmpty() && initials.isEmpty()) {
				continue;
			}
			StudentPart part = null;
			try {
				part = StudentPart.valueOf(params.getOrDefault("part-" + i, ""));
			}
			catch (IllegalArgumentException ex) {
				// left to the rule's refusal below
			}
			rows.add(new InvolvedStudent(grade, initials, part));
		}
		return rows;
	}

}
