package cn.xiaoan.liaison;

import cn.xiaoan.shared.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's entries in the special-actions group: the overview, the clues and the
 * county's police stations.
 */
@Configuration(proxyBeanMethods = false)
class LiaisonMenu {

	@Bean
	MenuEntry liaisonOverviewMenuEntry() {
		return MenuEntry.forPermission(77, "nav.liaison", LiaisonPermissions.LIAISON_READ, "/liaison")
			.in(MenuEntry.SPECIAL);
	}

	@Bean
	MenuEntry liaisonStationsMenuEntry() {
		return MenuEntry.forPermission(79, "nav.liaisonStations", LiaisonPermissions.STATION_KEEP, "/liaison/stations")
			.in(MenuEntry.SPECIAL);
	}

	@Bean
	MenuEntry liaisonCluesMenuEntry() {
		return MenuEntry.forPermission(78, "nav.liaisonClues", LiaisonPermissions.LIAISON_READ, "/liaison/clues")
			.in(MenuEntry.SPECIAL);
	}

}
