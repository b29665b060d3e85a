package cn.xiaoan.platform;

import java.util.List;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated caller held in the security context (session or bearer token). */
public class CallerAuthentication extends AbstractAuthenticationToken implements Callers.CurrentUserHolder {

	private final CurrentUser user;

	public CallerAuthentication(CurrentUser user) {
		super(List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
		this.user = user;
		setAuthenticated(true);
	}

	@Override
	public CurrentUser currentUser() {
		return user;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return this;
	}

	@Override
	public String getName() {
		return user.username();
	}

}
