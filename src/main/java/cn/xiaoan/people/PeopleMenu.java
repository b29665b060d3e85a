package cn.xiaoan.people;

import cn.xiaoan.shared.MenuEntry;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the page menu. */
@Configuration(proxyBeanMethods = false)
class PeopleMenu {

	@Bean
	MenuEntry studentsMenu() {
		return new MenuEntry(20, "nav.students",
				user -> user.can(Permission.PEOPLE_READ) && user.atOneSchool()
						? "/schools/" + user.scope().schoolId() + "/students" : null)
			.in(MenuEntry.WORK)
			.topFor(Role.HEAD_TEACHER);
	}

	@Bean
	MenuEntry staffMenu() {
		return new MenuEntry(21, "nav.staff", user -> user.can(Permission.PEOPLE_READ) && user.atOneSchool()
				? "/schools/" + user.scope().schoolId() + "/staff" : null)
			.in(MenuEntry.WORK);
	}

	@Bean
	MenuEntry meMenu() {
		return MenuEntry.forPermission(70, "nav.me", Permission.SELF_SERVICE, "/me");
	}

	@Bean
	MenuEntry accountsMenu() {
		return MenuEntry.forPermission(150, "nav.accounts", Permission.ACCOUNT_ADMIN, "/accounts").in(MenuEntry.SYSTEM);
	}

}
