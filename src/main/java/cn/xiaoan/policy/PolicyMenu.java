package cn.xiaoan.policy;

import cn.xiaoan.shared.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the page menu. */
@Configuration(proxyBeanMethods = false)
class PolicyMenu {

	@Bean
	MenuEntry policySettingsMenu() {
		return new MenuEntry(130, "nav.policy", user -> user.role().isStaff() ? "/policy" : null).in(MenuEntry.SYSTEM);
	}

}
