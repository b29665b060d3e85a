package cn.xiaoan.people;

import java.util.Collection;
import java.util.List;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The session principal of a signed-in account. */
record AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled,
		boolean locked) implements UserDetails, Callers.CurrentUserHolder {

	@Override
	public CurrentUser currentUser() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	AccountPrincipal withPasswordChanged(String newHash) {
		return new AccountPrincipal(user.withPasswordChanged(), newHash, enabled, locked);
	}

}
