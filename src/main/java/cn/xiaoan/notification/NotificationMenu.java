package cn.xiaoan.notification;

import cn.xiaoan.shared.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the page menu. */
@Configuration(proxyBeanMethods = false)
class NotificationMenu {

	@Bean
	MenuEntry inboxMenu(UnreadMessages unread) {
		return new MenuEntry(190, "nav.inbox", user -> "/inbox").withBadge(unread::forPage);
	}

}
