package cn.xiaoan.shared;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * One entry of the page menu, contributed by a module as a bean: where it sits
 * ({@code order}, lower first), its label's message key, and the link for a caller — or
 * {@code null} when the caller does not get the entry. An entry may sit in a
 * {@link Group} (a dropdown of the menu bar), be shown on the bar itself for the roles
 * that use it most ({@link #topFor}), and carry a count shown as a badge
 * ({@link #withBadge}). The layout knows no module: groups are keys and an order.
 */
public record MenuEntry(int order, String messageKey, Function<CurrentUser, String> href, Group group, Set<Role> topFor,
		Function<CurrentUser, Long> badge) {

	/** A dropdown of the menu bar: its label is {@code nav.group.<key>}. */
	public record Group(String key, int order) {

		public String messageKey() {
			return "nav.group." + key;
		}

	}

	/** 双重预防: risks, inspections, hazards. */
	public static final Group PREVENTION = new Group("prevention", 30);

	/** 三项机制: responsibility lists, public-opinion cases, 一岗双带 care. */
	public static final Group MECHANISMS = new Group("mechanisms", 50);

	/**
	 * 专项行动: bullying, school buses, drowning, campus surroundings, off-campus
	 * institutions.
	 */
	public static final Group SPECIAL = new Group("special", 60);

	/** 安全教育: lessons, homework, campaigns, training. */
	public static final Group EDUCATION = new Group("education", 80);

	/** 应急管理: plans and drills, accidents, joint meetings, warnings and notices. */
	public static final Group EMERGENCY = new Group("emergency", 100);

	/** 工作管理: schools and regions, students, staff, guards. */
	public static final Group WORK = new Group("work", 120);

	/** 系统: settings, accounts, audit. */
	public static final Group SYSTEM = new Group("system", 180);

	public MenuEntry {
		topFor = topFor == null || topFor.isEmpty() ? Set.of() : Set.copyOf(topFor);
	}

	/** An entry on the menu bar itself, in no group. */
	public MenuEntry(int order, String messageKey, Function<CurrentUser, String> href) {
		this(order, messageKey, href, null, Set.of(), null);
	}

	/**
	 * An entry shown to callers holding {@code permission}, always linking to
	 * {@code path}.
	 */
	public static MenuEntry forPermission(int order, String messageKey, Permission permission, String path) {
		return new MenuEntry(order, messageKey, user -> user.can(permission) ? path : null);
	}

	/** The same entry inside {@code group}. */
	public MenuEntry in(Group group) {
		return new MenuEntry(order, messageKey, href, group, topFor, badge);
	}

	/** The same entry, shown on the bar (first, after the home page) for these roles. */
	public MenuEntry topFor(Role first, Role... more) {
		return new MenuEntry(order, messageKey, href, group, EnumSet.of(first, more), badge);
	}

	/**
	 * The same entry with a count beside its label (none when the count is 0 or null).
	 */
	public MenuEntry withBadge(Function<CurrentUser, Long> badge) {
		return new MenuEntry(order, messageKey, href, group, topFor, badge);
	}

	/** Is the entry in a dropdown for this caller? */
	public boolean groupedFor(CurrentUser user) {
		return group != null && !topFor.contains(user.role());
	}

}
