package cn.xiaoan.org;

import cn.xiaoan.shared.MenuEntry;
import cn.xiaoan.shared.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the page menu. */
@Configuration(proxyBeanMethods = false)
class OrgMenu {

	@Bean
	MenuEntry schoolsMenu() {
		return new MenuEntry(10, "nav.schools",
				user -> user.can(Permission.SCHOOL_READ) && !user.atOneSchool() ? "/schools" : null)
			.in(MenuEntry.WORK);
	}

	/** 行政区划: the system administrator and bureau administrators. */
	@Bean
	MenuEntry regionsMenu() {
		return MenuEntry.forPermission(12, "nav.regions", OrgManagement.REGION_ADMIN, "/regions").in(MenuEntry.WORK);
	}

	@Bean
	MenuEntry mySchoolMenu() {
		return new MenuEntry(10, "nav.myschool", user -> user.can(Permission.SCHOOL_READ) && user.atOneSchool()
				? "/schools/" + user.scope().schoolId() : null)
			.in(MenuEntry.WORK);
	}

}
