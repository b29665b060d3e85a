package cn.xiaoan.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.MenuEntry;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The menu of the page layout: the {@link MenuEntry} beans the modules contribute, in
 * their order, each resolved for the caller.
 */
@ControllerAdvice(annotations = Controller.class)
class Navigation {

	record Item(String messageKey, String href) {
	}

	private final List<MenuEntry> entries;

	Navigation(List<MenuEntry> entries) {
		this.entries = entries.stream().sorted(Comparator.comparingInt(MenuEntry::order)).toList();
	}

	@ModelAttribute("me")
	CurrentUser me() {
		return Callers.currentOrNull();
	}

	@ModelAttribute("nav")
	List<Item> nav() {
		CurrentUser user = Callers.currentOrNull();
		if (user == null || user.mustChangePassword()) {
			return List.of();
		}
		return entries.stream().map(e -> {
			String href = e.href().apply(user);
			return href == null ? null : new Item(e.messageKey(), href);
		}).filter(Objects::nonNull).toList();
	}

	/** The platform's own entries: the home page first, the inbox near the end. */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class PlatformMenu {

		@org.springframework.context.annotation.Bean
		MenuEntry homeMenu() {
			return new MenuEntry(0, "nav.home", user -> "/");
		}

	}

}
