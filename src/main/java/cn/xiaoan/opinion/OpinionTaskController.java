package cn.xiaoan.opinion;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "我的任务" and one task with its case's summary — the pages a task's owner uses, a partner
 * department's liaison included.
 */
@Controller
@RequestMapping("/opinion-tasks")
class OpinionTaskController {

	private final OpinionTasks tasks;

	OpinionTaskController(OpinionTasks tasks) {
		this.tasks = tasks;
	}

	@GetMapping
	String mine(Model model) {
		model.addAttribute("tasks", tasks.myTasks());
		return "opinion/tasks";
	}

	@GetMapping("/{id}")
	String task(@PathVariable long id, Model model) {
		model.addAttribute("task", tasks.task(id));
		model.addAttribute("myAccount", cn.xiaoan.shared.Callers.current().accountId());
		return "opinion/task";
	}

	@PostMapping("/{id}/start")
	String start(@PathVariable long id, RedirectAttributes redirect) {
		tasks.start(id);
		redirect.addFlashAttribute("message", "opinion.step.done");
		return "redirect:/opinion-tasks/" + id;
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable long id, @Valid StepNote command, RedirectAttributes redirect) {
		tasks.answer(id, command);
		redirect.addFlashAttribute("message", "opinion.task.answered");
		return "redirect:/opinion-tasks/" + id;
	}

}
