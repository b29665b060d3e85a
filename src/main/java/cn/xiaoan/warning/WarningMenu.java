package cn.xiaoan.warning;

import cn.xiaoan.shared.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the page menu. */
@Configuration(proxyBeanMethods = false)
class WarningMenu {

	@Bean
	MenuEntry warningsMenuEntry() {
		return MenuEntry.forPermission(40, "nav.warnings", WarningManagement.WARNING_READ, "/warnings")
			.in(MenuEntry.EMERGENCY);
	}

}
