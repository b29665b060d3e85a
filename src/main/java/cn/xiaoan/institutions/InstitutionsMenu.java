package cn.xiaoan.institutions;

import cn.xiaoan.shared.MenuEntry;
import cn.xiaoan.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's entries in the 专项行动 group — the register, the township's follow-up work,
 * the published lists — and the lists on the families' menu.
 */
@Configuration(proxyBeanMethods = false)
class InstitutionsMenu {

	@Bean
	MenuEntry institutionsMenuEntry() {
		return MenuEntry
			.forPermission(79, "nav.institutions", InstitutionsManagement.INSTITUTIONS_READ, "/institutions")
			.in(MenuEntry.SPECIAL);
	}

	@Bean
	MenuEntry institutionsWorkMenuEntry() {
		return MenuEntry
			.forPermission(80, "nav.institutionsWork", InstitutionsManagement.INSTITUTIONS_EDIT,
					"/institutions/rectifications")
			.in(MenuEntry.SPECIAL);
	}

	@Bean
	MenuEntry institutionsListsMenuEntry() {
		return new MenuEntry(81, "nav.institutionsLists",
				user -> user.role().isStaff() && user.can(InstitutionsManagement.INSTITUTIONS_LISTS)
						? "/institutions/lists" : null)
			.in(MenuEntry.SPECIAL);
	}

	@Bean
	MenuEntry familyInstitutionsMenuEntry() {
		return new MenuEntry(89, "nav.institutionsFamily",
				user -> user.role() == Role.STUDENT || user.role() == Role.PARENT ? "/institutions/lists" : null);
	}

}
