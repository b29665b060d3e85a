package cn.xiaoan.demo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A hazard of the ledger with its plan and supervision, and what its history must show
 * for its state: a chain of transitions from 排查 to the present status, in time order,
 * with the 五落实 plan before 整改, the work reported done when rectified, 销号 when closed, and
 * the notice when supervised.
 */
record LedgerRow(long id, String status, String grade, OffsetDateTime foundAt, OffsetDateTime rectifiedAt,
		OffsetDateTime closedAt, String supervisedByLevel, OffsetDateTime planFiledAt, String noticeNo) {

	private static final List<String> NEEDS_PLAN = List.of("RECTIFYING", "AWAITING_VERIFICATION");

	List<String> contradictions(List<DemoDataObeysTheLifecycleRulesTests.Step> history) {
		List<String> wrong = new ArrayList<>();
		String name = "hazard " + id + " (" + status + ")";
		if (history.isEmpty()) {
			wrong.add(name + " has no history");
			return wrong;
		}
		String previous = null;
		OffsetDateTime last = foundAt;
		OffsetDateTime startedAt = null;
		for (DemoDataObeysTheLifecycleRulesTests.Step step : history) {
			if (previous == null ? step.from() != null : !previous.equals(step.from())) {
				wrong.add(name + " goes " + step.from() + " → " + step.to() + " after " + previous);
			}
			if (step.at().isBefore(last)) {
				wrong.add(name + " records " + step.to() + " at " + step.at() + ", before " + last);
			}
			if ("RECTIFYING".equals(step.to()) && !"RECTIFYING".equals(step.from()) && startedAt == null) {
				startedAt = step.at();
			}
			if ("CLOSED".equals(step.to()) && !"CLOSED".equals(step.from()) && !step.at().equals(closedAt)) {
				wrong.add(name + " was closed at " + step.at() + " but the ledger says " + closedAt);
			}
			previous = step.to();
			last = step.at();
		}
		if (!status.equals(previous)) {
			wrong.add(name + " ends its history at " + previous);
		}
		if (NEEDS_PLAN.contains(status) && planFiledAt == null) {
			wrong.add(name + " is under rectification without a 五落实 plan");
		}
		if ("MAJOR".equals(grade) && startedAt != null && (planFiledAt == null || planFiledAt.isAfter(startedAt))) {
			wrong.add(name + " is major and started rectification before its plan (" + planFiledAt + ")");
		}
		if ((closedAt != null) != "CLOSED".equals(status)) {
			wrong.add(name + " has closed_at " + closedAt);
		}
		if (rectifiedAt == null && List.of("AWAITING_VERIFICATION", "VERIFIED", "CLOSED").contains(status)) {
			wrong.add(name + " was never reported rectified");
		}
		if (rectifiedAt != null
				&& (rectifiedAt.isBefore(foundAt) || closedAt != null && closedAt.isBefore(rectifiedAt))) {
			wrong
				.add(name + " was rectified at " + rectifiedAt + " outside found " + foundAt + " … closed " + closedAt);
		}
		if ((supervisedByLevel != null) != (noticeNo != null && !noticeNo.isBlank())) {
			wrong.add(name + " is supervised by " + supervisedByLevel + " with notice " + noticeNo);
		}
		if (noticeNo != null && history.stream().noneMatch(s -> "hazard.history.supervised".equals(s.noteKey()))) {
			wrong.add(name + " is supervised without it in its history");
		}
		return wrong;
	}

}
