package cn.xiaoan.inspection;

import java.util.List;

import cn.xiaoan.hazard.HazardSummary;
import cn.xiaoan.shared.SafetyCategory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the checklist library, plans, spot checks and inspection tasks. */
@RestController
@RequestMapping("/api/v1/inspections")
class InspectionApi {

	private final InspectionManagement inspections;

	InspectionApi(InspectionManagement inspections) {
		this.inspections = inspections;
	}

	/** A plan with its checklist. */
	record PlanDetail(PlanView plan, List<ChecklistItem> items) {
	}

	@GetMapping("/library")
	List<ChecklistItem> library(@RequestParam(required = false) SafetyCategory category) {
		return inspections.library(category);
	}

	@PostMapping("/library")
	@ResponseStatus(HttpStatus.CREATED)
	ChecklistItem addItem(@RequestBody NewChecklistItem item) {
		return inspections.addItem(item);
	}

	@GetMapping("/plans")
	List<PlanView> plans() {
		return inspections.plans();
	}

	@GetMapping("/plans/{id}")
	PlanDetail plan(@PathVariable long id) {
		return new PlanDetail(inspections.plan(id), inspections.planItems(id));
	}

	@PostMapping("/plans")
	@ResponseStatus(HttpStatus.CREATED)
	PlanView createPlan(@RequestBody NewPlan plan) {
		return inspections.createPlan(plan);
	}

	@PostMapping("/spot-checks")
	@ResponseStatus(HttpStatus.CREATED)
	TaskView spotCheck(@RequestBody SpotCheck spotCheck) {
		return inspections.spotCheck(spotCheck);
	}

	/** The caller's open tasks, or with {@code mine=false} every task of the scope. */
	@GetMapping("/tasks")
	List<TaskView> tasks(@RequestParam(defaultValue = "true") boolean mine,
			@RequestParam(defaultValue = "false") boolean onlyOpen) {
		return mine ? inspections.myTasks() : inspections.tasks(onlyOpen);
	}

	@GetMapping("/tasks/{id}")
	TaskDetail task(@PathVariable long id) {
		return inspections.task(id);
	}

	@PostMapping("/tasks/{id}/submission")
	TaskDetail submit(@PathVariable long id, @RequestBody SubmitInspection submission) {
		return inspections.submit(id, submission);
	}

	@GetMapping("/overview")
	List<SchoolProgress> overview() {
		return inspections.overview();
	}

}
