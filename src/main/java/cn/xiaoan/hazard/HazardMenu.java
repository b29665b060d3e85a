package cn.xiaoan.hazard;

import cn.xiaoan.shared.MenuEntry;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the page menu. */
@Configuration(proxyBeanMethods = false)
class HazardMenu {

	@Bean
	MenuEntry hazardLedgerMenu() {
		return MenuEntry.forPermission(30, "nav.hazards", Permission.HAZARD_READ, "/hazards")
			.in(MenuEntry.PREVENTION)
			.topFor(Role.BUREAU_SAFETY_OFFICER, Role.SCHOOL_SAFETY_OFFICER, Role.PRINCIPAL);
	}

}
