package cn.xiaoan.accident;

import cn.xiaoan.shared.MenuEntry;
import cn.xiaoan.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entry in the menu: the accident ledger, under 应急管理. */
@Configuration(proxyBeanMethods = false)
class AccidentMenu {

	@Bean
	MenuEntry accidentLedgerMenu() {
		return new MenuEntry(20, "nav.accidents",
				user -> user.can(AccidentManagement.ACCIDENT_READ) || user.can(AccidentManagement.ACCIDENT_REPORT)
						? "/accidents" : null)
			.in(MenuEntry.EMERGENCY);
	}

}
