package cn.xiaoan.surroundings;

import cn.xiaoan.shared.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's entries in the special-actions group: the register, the cases (a partner's
 * inbox), the guard posts, the check-in page and the surroundings check form.
 */
@Configuration(proxyBeanMethods = false)
class SurroundingsMenu {

	@Bean
	MenuEntry surroundingsMenuEntry() {
		return MenuEntry.forPermission(73, "nav.surroundings", SurroundingsPermissions.READ, "/surroundings")
			.in(MenuEntry.SPECIAL);
	}

	@Bean
	MenuEntry surroundingsCasesMenuEntry() {
		return MenuEntry
			.forPermission(74, "nav.surroundingsCases", SurroundingsPermissions.READ, "/surroundings/venue-cases")
			.in(MenuEntry.SPECIAL);
	}

	@Bean
	MenuEntry surroundingsPostsMenuEntry() {
		return MenuEntry
			.forPermission(75, "nav.surroundingsPosts", SurroundingsPermissions.READ, "/surroundings/guard-posts")
			.in(MenuEntry.SPECIAL);
	}

	@Bean
	MenuEntry surroundingsCheckInMenuEntry() {
		return MenuEntry
			.forPermission(76, "nav.surroundingsCheckIn", SurroundingsPermissions.CHECK_IN, "/surroundings/check-in")
			.in(MenuEntry.SPECIAL);
	}

	@Bean
	MenuEntry surroundingsChecksMenuEntry() {
		return MenuEntry
			.forPermission(76, "nav.surroundingsChecks", SurroundingsPermissions.REPORT, "/surroundings/checks/form")
			.in(MenuEntry.SPECIAL);
	}

}
