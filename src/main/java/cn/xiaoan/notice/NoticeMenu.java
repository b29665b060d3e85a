package cn.xiaoan.notice;

import cn.xiaoan.shared.MenuEntry;
import cn.xiaoan.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's entries in the page menu: 我的通知 with its unread count and the notices sent,
 * under 应急与日常; students and parents find 通知 on the bar itself.
 */
@Configuration(proxyBeanMethods = false)
class NoticeMenu {

	@Bean
	MenuEntry receivedNoticesMenuEntry(NoticeManagement notices) {
		return new MenuEntry(41, "nav.notices.received",
				user -> user.can(NoticeManagement.NOTICE_READ) && user.role().isStaff() ? "/notices" : null)
			.in(MenuEntry.EMERGENCY)
			.withBadge(user -> notices.unreadCount());
	}

	@Bean
	MenuEntry sentNoticesMenuEntry() {
		return MenuEntry.forPermission(42, "nav.notices.sent", NoticeManagement.NOTICE_SEND, "/notices/sent")
			.in(MenuEntry.EMERGENCY);
	}

	@Bean
	MenuEntry newNoticeMenuEntry() {
		return MenuEntry.forPermission(43, "nav.notices.new", NoticeManagement.NOTICE_SEND, "/notices/new")
			.in(MenuEntry.EMERGENCY);
	}

	@Bean
	MenuEntry familyNoticesMenuEntry(NoticeManagement notices) {
		return new MenuEntry(85, "nav.notices.family",
				user -> user.role() == Role.STUDENT || user.role() == Role.PARENT ? "/notices" : null)
			.withBadge(user -> notices.unreadCount());
	}

}
