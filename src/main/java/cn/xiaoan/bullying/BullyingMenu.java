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

	/** 举报欺凌 for a school's staff, among the special actions. */
	@Bean
	MenuEntry bullyingReportMenu() {
		return new MenuEntry(62, "nav.bullying.report", user -> user.role().isStaff() ? report(user) : null)
			.in(MenuEntry.SPECIAL);
	}

	/**
	 * 举报欺凌 for students and parents: on the bar itself, after their homework and notices
	 * (they have no special-actions group).
	 */
	@Bean
	MenuEntry familyBullyingReportMenu() {
		return new MenuEntry(88, "nav.bullying.report", user -> user.role().isStaff() ? null : report(user));
	}

	/**
	 * 我孩子的欺凌事件 (parents) or 我的欺凌事件 (students): the cases their child is a party of, next
	 * to reporting.
	 */
	@Bean
	MenuEntry familyBullyingCasesMenu() {
		return new MenuEntry(89, "nav.bullying.family",
				user -> user.role() == cn.xiaoan.shared.Role.PARENT ? "/bullying/family" : null);
	}

	@Bean
	MenuEntry studentBullyingCasesMenu() {
		return new MenuEntry(89, "nav.bullying.mine",
				user -> user.role() == cn.xiaoan.shared.Role.STUDENT ? "/bullying/family" : null);
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
