package cn.xiaoan.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of the current request or job, as placed in the security context at login.
 */
public final class Callers {

	private Callers() {
	}

	/** The signed-in caller; throws {@link AccessDenied} if none. */
	public static CurrentUser current() {
		CurrentUser user = currentOrNull();
		if (user == null) {
			throw new AccessDenied("not signed in");
		}
		return user;
	}

	public static CurrentUser currentOrNull() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof CurrentUserHolder holder) {
			return holder.currentUser();
		}
		return null;
	}

	/** Implemented by the security principal so modules need not know its type. */
	public interface CurrentUserHolder {

		CurrentUser currentUser();

	}

}
