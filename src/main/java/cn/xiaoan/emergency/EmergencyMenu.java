package cn.xiaoan.emergency;

import cn.xiaoan.shared.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the 应急管理 menu. */
@Configuration(proxyBeanMethods = false)
class EmergencyMenu {

	@Bean
	MenuEntry emergencyPlansMenu() {
		return MenuEntry.forPermission(101, "nav.emergency.plans", PlanManagement.EMERGENCY_READ, "/emergency-plans")
			.in(MenuEntry.EMERGENCY);
	}

	@Bean
	MenuEntry drillsMenu() {
		return MenuEntry.forPermission(102, "nav.emergency.drills", PlanManagement.EMERGENCY_READ, "/drills")
			.in(MenuEntry.EMERGENCY);
	}

	@Bean
	MenuEntry drillComplianceMenu() {
		return MenuEntry
			.forPermission(103, "nav.emergency.compliance", PlanManagement.EMERGENCY_READ, "/drills/compliance")
			.in(MenuEntry.EMERGENCY);
	}

}
