package cn.xiaoan.care;

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
 * 待办 of care: the caller's paired students whose follow-up is overdue or due within three
 * days; for a head teacher also the at-risk students of the class without a pair.
 */
@Component
class CareTodos implements TodoSource {

	private final CareBoard board;

	private final CareAccess access;

	private final FollowUps followUps;

	private final MessageSource messages;

	CareTodos(CareBoard board, CareAccess access, FollowUps followUps, MessageSource messages) {
		this.board = board;
		this.access = access;
		this.followUps = followUps;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Todo> todosFor(CurrentUser user, Locale locale, int limit) {
		if (!user.can(CarePermissions.CARE_RECORD) || user.personId() == null || !user.atOneSchool()
				|| !CareAccess.ownSchool(user, user.scope().schoolId())) {
			return List.of();
		}
		List<Todo> todos = new ArrayList<>();
		var soon = followUps.today().plusDays(3);
		for (MyStudent s : board.mine()) {
			if (todos.size() >= limit) {
				break;
			}
			if (s.dueOn() != null && !s.dueOn().isAfter(soon)) {
				todos.add(new Todo(messages.getMessage("care.todo.followUp", new Object[] { s.name() }, locale),
						s.className(), "/care/pupils/" + s.studentId(),
						s.dueOn().atStartOfDay(ZoneId.systemDefault()).toInstant(), s.overdue()));
			}
		}
		Long led = access.ledClass(user).orElse(null);
		if (led != null && todos.size() < limit) {
			long gaps = board.gapsOfLedClass();
			if (gaps > 0) {
				todos.add(new Todo(messages.getMessage("care.todo.gaps", new Object[] { gaps }, locale), "",
						"/care/classes/" + led, null, true));
			}
		}
		return todos;
	}

}
