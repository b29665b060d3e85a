package cn.xiaoan.analytics;

import cn.xiaoan.shared.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the page menu: analysis, the leader screen and the reports. */
@Configuration(proxyBeanMethods = false)
class AnalyticsMenu {

	@Bean
	MenuEntry analysisMenu() {
		return MenuEntry.forPermission(125, "nav.analytics", AnalyticsManagement.ANALYTICS_READ, "/analytics")
			.in(MenuEntry.WORK);
	}

	@Bean
	MenuEntry leaderScreenMenu() {
		return MenuEntry.forPermission(126, "nav.leaderScreen", AnalyticsManagement.ANALYTICS_READ, "/analytics/screen")
			.in(MenuEntry.WORK);
	}

}
