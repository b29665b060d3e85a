package cn.xiaoan.education;

import cn.xiaoan.shared.MenuEntry;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the page menu. */
@Configuration(proxyBeanMethods = false)
class EducationMenu {

	@Bean
	MenuEntry myHomeworkMenu() {
		return MenuEntry.forPermission(80, "nav.myhomework", Permission.SELF_SERVICE, "/my/homework");
	}

	@Bean
	MenuEntry lessonsMenu() {
		return new MenuEntry(90, "nav.lessons", user -> "/lessons").in(MenuEntry.EDUCATION);
	}

	@Bean
	MenuEntry homeworkMenu() {
		return new MenuEntry(100, "nav.homework",
				user -> user.can(Permission.EDUCATION_ASSIGN) && user.atOneSchool() ? "/homework" : null)
			.in(MenuEntry.EDUCATION)
			.topFor(Role.HEAD_TEACHER);
	}

	/**
	 * Head teachers follow their class under 安全作业; campaigns are for those who see more.
	 */
	@Bean
	MenuEntry campaignsMenu() {
		return new MenuEntry(110, "nav.campaigns",
				user -> user.can(Permission.EDUCATION_STATS) && user.role() != Role.HEAD_TEACHER ? "/campaigns" : null)
			.in(MenuEntry.EDUCATION);
	}

}
