package cn.xiaoan.exchange;

import java.util.List;
import java.util.function.Supplier;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a call as this installation itself: what a verified envelope from a peer does here
 * (receive a warning from above) or what a listener reads to send (a warning to relay)
 * has no signed-in person. The audit trail shows the actor {@link #USERNAME}.
 */
final class AsInstallation {

	static final String USERNAME = "exchange";

	private static final CurrentUser INSTALLATION = new CurrentUser(0, USERNAME, USERNAME, Role.SYSTEM_ADMIN,
			DataScope.all(), null, false);

	private AsInstallation() {
	}

	static <T> T call(Supplier<T> call) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		Callers.CurrentUserHolder holder = () -> INSTALLATION;
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(holder, null, List.of()));
		SecurityContextHolder.setContext(context);
		try {
			return call.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
