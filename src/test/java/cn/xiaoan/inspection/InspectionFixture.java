package cn.xiaoan.inspection;

import java.util.List;

import cn.xiaoan.shared.Role;
import cn.xiaoan.support.Demo;

/** Plans and tasks of the demo school 藤县第一高级中学 for the inspection tests. */
record InspectionFixture(Demo demo, InspectionManagement inspections) {

	/** National library items of a category, the first n by id. */
	List<Long> items(String category, int n) {
		return demo.jdbc()
			.sql("select id from inspection.checklist_item where category = :c and region_code = '' order by id limit :n")
			.param("c", category)
			.param("n", n)
			.query(Long.class)
			.list();
	}

	/**
	 * A plan of the safety officer's school inspected by the safety officers; returns the
	 * plan.
	 */
	PlanView safetyPlan(String name, Cadence cadence, List<Long> itemIds) {
		return demo.callAs("safety", () -> inspections
			.createPlan(new NewPlan(name, cadence, List.of(), itemIds, Role.SCHOOL_SAFETY_OFFICER, false, List.of())));
	}

	/** The single task the plan has. */
	long taskOf(long planId) {
		return demo.jdbc()
			.sql("select id from inspection.task where plan_id = :p")
			.param("p", planId)
			.query(Long.class)
			.single();
	}

	int hazardsOf(long taskId) {
		return demo.jdbc()
			.sql("select count(*) from hazard.hazard where inspection_task_id = :t")
			.param("t", taskId)
			.query(Integer.class)
			.single();
	}

}
