package cn.xiaoan.duty;

import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.TodoSource;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** 待办: "签署我的安全职责清单" while the caller's current list awaits their signature. */
@Component
class DutyTodos implements TodoSource {

	private final Holders holders;

	private final SchoolYears years;

	private final MessageSource messages;

	DutyTodos(Holders holders, SchoolYears years, MessageSource messages) {
		this.holders = holders;
		this.years = years;
		this.messages = messages;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user, Locale locale, int limit) {
		if (limit < 1 || !user.atOneSchool() || user.personId() == null || !user.can(DutyManagement.DUTY_SIGN)) {
			return List.of();
		}
		return holders.find(user.personId())
			.filter(h -> h.schoolId() == user.scope().schoolId())
			.map(h -> h.signing(years.start(h.regionCode())))
			.filter(Holder.Signing::needsSigning)
			.map(signing -> List.of(new Todo(messages.getMessage("duty.todo.sign", null, locale),
					messages.getMessage(signing.messageKey(), null, locale), "/duty/my", null, false)))
			.orElse(List.of());
	}

}
