package cn.xiaoan.inspection;

import cn.xiaoan.shared.MenuEntry;
import cn.xiaoan.shared.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the page menu. */
@Configuration(proxyBeanMethods = false)
class InspectionMenu {

	@Bean
	MenuEntry inspectionsMenu() {
		return MenuEntry.forPermission(60, "nav.inspections", Permission.HAZARD_REPORT, "/inspections")
			.in(MenuEntry.PREVENTION);
	}

}
