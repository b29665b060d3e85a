package cn.xiaoan.duty;

import cn.xiaoan.shared.MenuEntry;
import cn.xiaoan.shared.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the page menu, in the group of the three mechanisms. */
@Configuration(proxyBeanMethods = false)
class DutyMenu {

	@Bean
	MenuEntry myDutiesMenu() {
		return new MenuEntry(105, "nav.duty.mine",
				user -> user.atOneSchool() && user.can(DutyManagement.DUTY_SIGN) ? "/duty/my" : null)
			.in(MenuEntry.MECHANISMS)
			.topFor(Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER, Role.HEAD_TEACHER, Role.TEACHER, Role.GUARD);
	}

	@Bean
	MenuEntry schoolSigningMenu() {
		return new MenuEntry(106, "nav.duty.school", user -> user.atOneSchool() && user.can(DutyManagement.DUTY_MANAGE)
				? "/duty/schools/" + user.scope().schoolId() : null)
			.in(MenuEntry.MECHANISMS);
	}

	@Bean
	MenuEntry signingRatesMenu() {
		return MenuEntry.forPermission(107, "nav.duty.rates", DutyManagement.DUTY_OVERSEE, "/duty/rates")
			.in(MenuEntry.MECHANISMS);
	}

	@Bean
	MenuEntry dutyCatalogueMenu() {
		return MenuEntry.forPermission(108, "nav.duty.catalogue", DutyManagement.DUTY_ADAPT, "/duty/catalogue")
			.in(MenuEntry.MECHANISMS);
	}

}
