package cn.xiaoan.schoolbus;

import cn.xiaoan.shared.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the page menu (专项行动). */
@Configuration(proxyBeanMethods = false)
class SchoolBusMenu {

	@Bean
	MenuEntry schoolBusLedgerMenu() {
		return MenuEntry.forPermission(64, "nav.schoolbus", SchoolBusPermissions.READ, "/school-buses")
			.in(MenuEntry.SPECIAL);
	}

	@Bean
	MenuEntry schoolBusPermitsMenu() {
		return MenuEntry.forPermission(65, "nav.schoolbus.permits", SchoolBusPermissions.READ, "/school-bus-permits")
			.in(MenuEntry.SPECIAL);
	}

	@Bean
	MenuEntry schoolBusCalendarMenu() {
		return MenuEntry
			.forPermission(66, "nav.schoolbus.calendar", SchoolBusPermissions.CALENDAR, "/school-buses/calendar")
			.in(MenuEntry.SPECIAL);
	}

}
