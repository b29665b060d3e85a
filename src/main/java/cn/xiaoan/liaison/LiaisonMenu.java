package cn.xiaoan.liaison;

import cn.xiaoan.shared.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the special-actions group: the overview and the clues. */
@Configuration(proxyBeanMethods = false)
class LiaisonMenu {

	@Bean
	MenuEntry liaisonOverviewMenuEntry() {
		return MenuEntry.forPermission(77, "nav.liaison", LiaisonPermissions.LIAISON_READ, "/liaison")
			.in(MenuEntry.SPECIAL);
	}

	@Bean
	MenuEntry liaisonCluesMenuEntry() {
		return MenuEntry.forPermission(78, "nav.liaisonClues", LiaisonPermissions.LIAISON_READ, "/liaison/clues")
			.in(MenuEntry.SPECIAL);
	}

}
