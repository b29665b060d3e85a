package cn.xiaoan.security;

import cn.xiaoan.shared.MenuEntry;
import cn.xiaoan.shared.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the page menu. */
@Configuration(proxyBeanMethods = false)
class SecurityMenu {

	@Bean
	MenuEntry staffingMenu() {
		return new MenuEntry(40, "nav.staffing",
				user -> !user.can(Permission.SECURITY_READ) ? null : user.atOneSchool()
						? "/schools/" + user.scope().schoolId() + "/security" : "/security/staffing")
			.in(MenuEntry.WORK);
	}

}
