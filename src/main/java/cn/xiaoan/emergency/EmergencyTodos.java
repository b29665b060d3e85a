package cn.xiaoan.emergency;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.TodoSource;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 待办 of the module: a school's principal and safety officer see the drill still due this
 * period and the plans returned or due for review; a county's or city's bureau sees the
 * plans filed for its decision and the schools without a drill this period.
 */
@Component
class EmergencyTodos implements TodoSource {

	private final DrillCompliance compliance;

	private final PlanQueries plans;

	private final OrgManagement org;

	private final MessageSource messages;

	private final Clock clock;

	EmergencyTodos(DrillCompliance compliance, PlanQueries plans, OrgManagement org, MessageSource messages,
			Clock clock) {
		this.compliance = compliance;
		this.plans = plans;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user, Locale locale, int limit) {
		List<Todo> todos = new ArrayList<>();
		DataScope scope = user.scope();
		if (user.can(PlanManagement.EMERGENCY_MANAGE) && user.atOneSchool()) {
			org.findSchool(scope.schoolId()).ifPresent(school -> {
				SchoolCompliance due = compliance.ofSchool(school, YearMonth.now(clock));
				if (!due.compliant()) {
					todos.add(new Todo(
							text(due.quarterly() ? "emergency.todo.drill.quarter" : "emergency.todo.drill.month",
									locale),
							text("emergency.todo.drill.detail", locale, due.periodEnd(), due.held(), due.required()),
							"/drills/new", endOf(due.periodEnd()), false));
				}
			});
			for (PlanRow plan : plans.ofSchool(scope.schoolId())) {
				if (plan.status() == PlanStatus.RETURNED) {
					todos.add(new Todo(text("emergency.todo.returned", locale, plan.title()), plan.bureauComment(),
							"/emergency-plans/" + plan.id(), null, false));
				}
				else if (plan.reviewDue()) {
					todos.add(new Todo(text("emergency.todo.review", locale, plan.title()), "",
							"/emergency-plans/" + plan.id(), endOf(plan.reviewDueOn()), true));
				}
			}
		}
		// a county's or a city's bureau: a province's thousands of schools are left to
		// its rollup page
		if (user.can(PlanManagement.EMERGENCY_SUPERVISE) && scope.kind() == DataScope.Kind.REGION
				&& scope.regionPrefix().length() >= 4) {
			long filed = plans.filedCount(scope);
			if (filed > 0) {
				todos.add(new Todo(text("emergency.todo.filed", locale, filed), "", "/emergency-plans?status=FILED",
						null, false));
			}
			long missing = compliance.schools(scope.regionPrefix(), YearMonth.now(clock))
				.stream()
				.filter(s -> !s.compliant())
				.count();
			if (missing > 0) {
				todos.add(new Todo(text("emergency.todo.missing", locale, missing), "", "/drills/compliance#missing",
						endOf(YearMonth.now(clock).atEndOfMonth()), false));
			}
		}
		return todos.size() > limit ? todos.subList(0, limit) : todos;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private java.time.Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
	}

}
