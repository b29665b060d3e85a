package cn.xiaoan.care;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.MenuEntry;
import cn.xiaoan.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the page menu (三项机制). */
@Configuration(proxyBeanMethods = false)
class CareMenu {

	/** 我的结对学生: every school staff member with a staff record may be a pair. */
	@Bean
	MenuEntry careMineMenu() {
		return new MenuEntry(110, "nav.care.mine", CareMenu::mine).in(MenuEntry.MECHANISMS)
			.topFor(Role.TEACHER, Role.HEAD_TEACHER);
	}

	/** 一岗双带: the school's classes (principal, safety office) or the counts (bureaus). */
	@Bean
	MenuEntry careOverviewMenu() {
		return new MenuEntry(111, "nav.care.overview", user -> user.can(CarePermissions.CARE_COUNTS)
				? (user.atOneSchool() ? "/care/school" : "/care/overview") : null)
			.in(MenuEntry.MECHANISMS);
	}

	private static String mine(CurrentUser user) {
		return user.can(CarePermissions.CARE_RECORD) && user.atOneSchool() && user.personId() != null ? "/care/mine"
				: null;
	}

}
