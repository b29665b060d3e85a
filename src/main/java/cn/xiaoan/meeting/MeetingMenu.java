package cn.xiaoan.meeting;

import cn.xiaoan.shared.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the page menu (应急管理). */
@Configuration(proxyBeanMethods = false)
class MeetingMenu {

	@Bean
	MenuEntry meetingLedgerMenu() {
		return MenuEntry.forPermission(130, "nav.meetings", MeetingPermissions.READ, "/meetings")
			.in(MenuEntry.EMERGENCY);
	}

	@Bean
	MenuEntry meetingComplianceMenu() {
		return MenuEntry.forPermission(131, "nav.meetings.compliance", MeetingPermissions.READ, "/meetings/compliance")
			.in(MenuEntry.EMERGENCY);
	}

	/**
	 * Everyone on staff may be assigned a decision; the list shows theirs (or the
	 * scope's).
	 */
	@Bean
	MenuEntry meetingTasksMenu() {
		return new MenuEntry(132, "nav.meetings.tasks", user -> user.role().isStaff() ? "/meeting-tasks" : null)
			.in(MenuEntry.EMERGENCY);
	}

}
