package cn.xiaoan.platform;

import cn.xiaoan.shared.CurrentUser;

/**
 * Whether a signed-in session's account still is what it was at sign-in: enabled, with
 * the same role and scope; implemented by people.
 */
public interface SignedInAccounts {

	boolean unchangedSinceSignIn(CurrentUser user);

}
