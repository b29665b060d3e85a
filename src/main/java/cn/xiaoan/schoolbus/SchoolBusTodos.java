package cn.xiaoan.schoolbus;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.TodoSource;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 待办 of school buses: the permit step the caller's department owes (education forwards,
 * gives its opinion, records the decision; police and transport answer), with its
 * working-day deadline.
 */
@Component
class SchoolBusTodos implements TodoSource {

	private final Permits permits;

	private final Routes routes;

	private final MessageSource messages;

	SchoolBusTodos(Permits permits, Routes routes, MessageSource messages) {
		this.permits = permits;
		this.routes = routes;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Todo> todosFor(CurrentUser user, Locale locale, int limit) {
		List<Todo> escorted = routes.escortedByCaller()
			.stream()
			.limit(limit)
			.map(r -> new Todo(
					messages.getMessage("schoolbus.todo.escort",
							new Object[] { r.name(), String.valueOf(r.departsAt()), r.plate() }, locale),
					"", "/school-buses/routes/" + r.id(), null, false))
			.toList();
		if (!escorted.isEmpty()) {
			return escorted;
		}
		if (!user.can(SchoolBusPermissions.READ)
				|| !(user.can(SchoolBusPermissions.PERMIT_REVIEW) || user.can(SchoolBusPermissions.PERMIT_ANSWER))
				|| user.atOneSchool()) {
			return List.of();
		}
		List<Todo> todos = new ArrayList<>();
		for (PermitView p : permits.permits()) {
			if (todos.size() >= limit || !p.status().open()) {
				break;
			}
			String step = permits.nextStepFor(p);
			if (step.isEmpty()) {
				continue;
			}
			java.time.LocalDate due = switch (step) {
				case "forward" -> p.forwardDue();
				case "answer" -> p.answersDue();
				case "opine" -> p.opinionDue();
				default -> null;
			};
			todos
				.add(new Todo(
						messages.getMessage("schoolbus.todo." + step, new Object[] { p.plate(), p.schoolName() },
								locale),
						"", "/school-bus-permits/" + p.id(),
						due == null ? null : due.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
						due != null && p.today().isAfter(due)));
		}
		return todos;
	}

}
