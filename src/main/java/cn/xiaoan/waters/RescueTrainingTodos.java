package cn.xiaoan.waters;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.TodoSource;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 待办 of the staff trainings: from the reminder day until the summer holiday, a school
 * whose share of staff trained with a valid certificate is under the policy's minimum —
 * for those who record its trainings. Due on the first day of the holiday.
 */
@Component
class RescueTrainingTodos implements TodoSource {

	private final RescueTrainingManagement trainings;

	private final PolicyManagement policy;

	private final MessageSource messages;

	private final Clock clock;

	RescueTrainingTodos(RescueTrainingManagement trainings, PolicyManagement policy, MessageSource messages,
			Clock clock) {
		this.trainings = trainings;
		this.policy = policy;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user, Locale locale, int limit) {
		return dueOn(user, LocalDate.now(clock), locale);
	}

	/** The to-do of the caller's school on {@code today}, if its share is too low. */
	List<Todo> dueOn(CurrentUser user, LocalDate today, Locale locale) {
		DataScope scope = user.scope();
		if (!user.can(RescueTrainingManagement.RESCUE_TRAINING_RECORD) || scope.kind() != DataScope.Kind.SCHOOL) {
			return List.of();
		}
		String region = scope.schoolRegion();
		MonthDay from = policy.effective(PolicySetting.WATERS_TRAINING_REMIND_FROM, region).asMonthDay();
		MonthDay holiday = policy.effective(PolicySetting.WATERS_SUMMER_HOLIDAY_FROM, region).asMonthDay();
		LocalDate starts = holiday.atYear(today.getYear());
		if (today.isBefore(from.atYear(today.getYear())) || !today.isBefore(starts)) {
			return List.of();
		}
		int minimum = policy.effective(PolicySetting.WATERS_STAFF_TRAINED_MIN_PERCENT, region).asInt();
		return trainings.sharesOf(List.of(scope.schoolId()))
			.stream()
			.filter(s -> s.staff() > 0 && s.percent() < minimum)
			.map(s -> new Todo(
					messages.getMessage("waters.todo.training",
							new Object[] { String.format(Locale.ROOT, "%.1f", s.percent()), minimum }, locale),
					null, "/waters/training/schools/" + s.schoolId() + "?trained=false",
					starts.atStartOfDay(clock.getZone()).toInstant(), false))
			.toList();
	}

}
