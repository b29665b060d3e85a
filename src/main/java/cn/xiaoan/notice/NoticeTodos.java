package cn.xiaoan.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.TodoSource;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 待办 of this module: the published notices the caller must read by a deadline and has not
 * opened.
 */
@Component
class NoticeTodos implements TodoSource {

	private final NoticeManagement notices;

	private final MessageSource messages;

	private final Clock clock;

	NoticeTodos(NoticeManagement notices, MessageSource messages, Clock clock) {
		this.notices = notices;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<Todo> todosFor(CurrentUser user, Locale locale, int limit) {
		if (!user.can(NoticeManagement.NOTICE_READ)) {
			return List.of();
		}
		Instant now = clock.instant();
		return notices.received()
			.stream()
			.filter(n -> n.status() == NoticeStatus.PUBLISHED && n.unread() && n.receiptRequired()
					&& n.readBy() != null)
			.sorted(java.util.Comparator.comparing(NoticeSummary::readBy))
			.limit(limit)
			.map(n -> new Todo(messages.getMessage("notice.todo.read", new Object[] { n.title() }, locale),
					n.senderName(), "/notices/" + n.id(), n.readBy(), n.overdue(now)))
			.toList();
	}

}
