package cn.xiaoan.opinion;

import cn.xiaoan.shared.MenuEntry;
import cn.xiaoan.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's entries in 三项机制: the case ledger for the safety leaders, and "my tasks"
 * for whoever may hold a task — partner departments on the bar itself, their only entry.
 */
@Configuration(proxyBeanMethods = false)
class OpinionMenu {

	@Bean
	MenuEntry opinionCasesMenu() {
		return MenuEntry.forPermission(52, "nav.opinion", OpinionPermissions.READ, "/opinions")
			.in(MenuEntry.MECHANISMS)
			.topFor(Role.BUREAU_SAFETY_OFFICER);
	}

	@Bean
	MenuEntry opinionTasksMenu() {
		return new MenuEntry(53, "nav.opinion.tasks", user -> {
			try {
				OpinionTasks.requireAssignable(user);
				return "/opinion-tasks";
			}
			catch (cn.xiaoan.shared.AccessDenied ex) {
				return null;
			}
		}).in(MenuEntry.MECHANISMS).topFor(Role.POLICE_LIAISON);
	}

}
