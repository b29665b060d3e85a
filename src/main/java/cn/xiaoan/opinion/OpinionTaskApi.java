package cn.xiaoan.opinion;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API of a task's owner: my tasks, one task, taking it up and answering it. */
@RestController
@RequestMapping("/api/v1/opinion-tasks")
class OpinionTaskApi {

	private final OpinionTasks tasks;

	OpinionTaskApi(OpinionTasks tasks) {
		this.tasks = tasks;
	}

	@GetMapping
	List<TaskView> mine() {
		return tasks.myTasks();
	}

	@GetMapping("/{id}")
	TaskView task(@PathVariable long id) {
		return tasks.task(id);
	}

	@PostMapping("/{id}/start")
	TaskView start(@PathVariable long id) {
		tasks.start(id);
		return tasks.task(id);
	}

	@PostMapping("/{id}/answer")
	TaskView answer(@PathVariable long id, @Valid @RequestBody StepNote command) {
		tasks.answer(id, command);
		return tasks.task(id);
	}

}
