package cn.xiaoan.risk;

import cn.xiaoan.shared.MenuEntry;
import cn.xiaoan.shared.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the page menu. */
@Configuration(proxyBeanMethods = false)
class RiskMenu {

	@Bean
	MenuEntry risksMenu() {
		return new MenuEntry(50, "nav.risks",
				user -> !user.can(Permission.RISK_READ) ? null
						: user.atOneSchool() ? "/schools/" + user.scope().schoolId() + "/risks" : "/risks/major")
			.in(MenuEntry.PREVENTION);
	}

}
