package cn.xiaoan.platform;

import java.util.Optional;

import cn.xiaoan.shared.CurrentUser;

/**
 * Resolves an integration's API bearer token to the account it acts as; implemented by
 * people.
 */
public interface BearerTokens {

	Optional<CurrentUser> authenticate(String token);

}
