package cn.xiaoan.shared;

import java.util.function.Function;

/**
 * One entry of the page menu, contributed by a module as a bean: where it sits
 * ({@code order}, lower first), its label's message key, and the link for a caller — or
 * {@code null} when the caller does not get the entry. The layout knows no module.
 */
public record MenuEntry(int order, String messageKey, Function<CurrentUser, String> href) {

	/**
	 * An entry shown to callers holding {@code permission}, always linking to
	 * {@code path}.
	 */
	public static MenuEntry forPermission(int order, String messageKey, Permission permission, String path) {
		return new MenuEntry(order, messageKey, user -> user.can(permission) ? path : null);
	}

}
