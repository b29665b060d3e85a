package cn.xiaoan.bullying;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the page menu (专项行动). */
@Configuration(proxyBeanMethods = false)
class BullyingMenu {

	/** 欺凌案件: the committee's, the office's, or a bureau's anonymised list. */
	@Bean
	MenuEntry bullyingCasesMenu() {
		return new MenuEntry(61, "nav.bullying.cases",
				user -> user.can(BullyingPermissions.BULLYING_HANDLE) || user.can(BullyingPermissions.BULLYING_COUNTS)
						? "/bullying" : null)
			.in(MenuEntry.SPECIAL);
	}

	/** 举报欺凌: staff, students and parents of a school. */
	@Bean
	MenuEntry bullyingReportMenu() {
		return new MenuEntry(62, "nav.bullying.report", BullyingMenu::report).in(MenuEntry.SPECIAL);
	}

	@Bean
	MenuEntry bullyingStatisticsMenu() {
		return MenuEntry
			.forPermission(63, "nav.bullying.statistics", BullyingPermissions.BULLYING_COUNTS, "/bullying/statistics")
			.in(MenuEntry.SPECIAL);
	}

	private static String report(CurrentUser user) {
		return user.can(BullyingPermissions.BULLYING_REPORT) && user.scope().schoolId() != null ? "/bullying/report"
				: null;
	}

}
