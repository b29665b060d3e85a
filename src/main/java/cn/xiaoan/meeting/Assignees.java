package cn.xiaoan.meeting;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.RegionCode;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds the account that answers a task by its user name, through the platform's account
 * directory (no SQL on another module's tables). The account must be staff — a bureau, a
 * township, a school or a partner department — working within the meeting's county (a
 * township's meeting may task its county's departments and schools) or, for a city or
 * province meeting, within its region.
 */
@Component
class Assignees {

	private final UserDetailsService directory;

	Assignees(UserDetailsService directory) {
		this.directory = directory;
	}

	CurrentUser find(String username, String meetingRegion) {
		UserDetails details;
		try {
			details = directory.loadUserByUsername(username);
		}
		catch (UsernameNotFoundException ex) {
			throw new BusinessRuleViolation("assignee", "meeting.assignee.unknown");
		}
		if (!(details instanceof Callers.CurrentUserHolder holder) || !details.isEnabled()) {
			throw new BusinessRuleViolation("assignee", "meeting.assignee.unknown");
		}
		CurrentUser account = holder.currentUser();
		RegionCode region = RegionCode.of(meetingRegion);
		String within = region.level() == RegionCode.Level.TOWNSHIP ? region.parent().prefix() : region.prefix();
		String home = account.scope().homeRegion();
		if (!account.role().isStaff() || home.isEmpty() || !home.startsWith(within)) {
			throw new BusinessRuleViolation("assignee", "meeting.assignee.outside");
		}
		return account;
	}

}
