package cn.xiaoan.exchange;

import cn.xiaoan.shared.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entry in the page menu. */
@Configuration(proxyBeanMethods = false)
class ExchangeMenu {

	@Bean
	MenuEntry networkingMenu() {
		return MenuEntry.forPermission(165, "nav.exchange", ExchangeManagement.EXCHANGE_READ, "/exchange")
			.in(MenuEntry.SYSTEM);
	}

}
