package cn.xiaoan.platform;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.CurrentUser;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

/**
 * 等保2.0 三级 会话超时: a signed-in session of any role ends after the idle minutes of the
 * policy in force where the caller works (national default 30). Students and parents get
 * no longer sessions than staff; their phones may remember the sign-in name, never the
 * session.
 */
@Component
class IdleTimeout {

	private final PolicyManagement policy;

	IdleTimeout(PolicyManagement policy) {
		this.policy = policy;
	}

	int seconds(CurrentUser user) {
		String minutes = policy.effective(PolicySetting.SESSION_IDLE_MINUTES, user.scope().homeRegion()).value();
		return Integer.parseInt(minutes) * 60;
	}

	/** Applied when the session is created at sign-in (form or API). */
	void apply(HttpSession session, CurrentUser user) {
		session.setMaxInactiveInterval(seconds(user));
	}

}
