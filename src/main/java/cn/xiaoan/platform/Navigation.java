package cn.xiaoan.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.MenuEntry;
import cn.xiaoan.shared.PageRequests;
import jakarta.servlet.http.HttpServletRequest;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The menu of the page layout: the {@link MenuEntry} beans the modules contribute,
 * resolved for the caller. The bar shows the home page, then the entries the caller's
 * role uses most, then one dropdown per group (a group with one entry for the caller is
 * shown as that entry), then the entries in no group; the entry of the current page and
 * its group are marked active.
 */
@Component
class Navigation implements HandlerInterceptor, WebMvcConfigurer {

	/**
	 * An entry of the bar: a link ({@code href}) or a dropdown ({@code children}). The
	 * badge is a count shown beside the label, or null.
	 */
	record Item(String messageKey, String href, boolean active, Long badge, List<Item> children) {

		public boolean dropdown() {
			return !children.isEmpty();
		}

	}

	private static final String MENU = Navigation.class.getName() + ".menu";

	private final List<MenuEntry> entries;

	Navigation(List<MenuEntry> entries) {
		this.entries = entries.stream().sorted(Comparator.comparingInt(MenuEntry::order)).toList();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView answer) {
		if (PageRequests.rendersPage(answer) && !answer.getModelMap().containsAttribute("menu")) {
			addTo(answer.getModelMap(), request);
		}
	}

	/** Built once per request: "nav" and "menu" share it (each badge is a query). */
	@SuppressWarnings("unchecked")
	private List<Item> menuOnce(HttpServletRequest request) {
		if (request.getAttribute(MENU) instanceof List<?> built) {
			return (List<Item>) built;
		}
		List<Item> menu = build(request);
		request.setAttribute(MENU, menu);
		return menu;
	}

	private List<Item> build(HttpServletRequest request) {
		CurrentUser user = Callers.currentOrNull();
		if (user == null || user.mustChangePassword()) {
			return List.of();
		}
		record Resolved(MenuEntry entry, String href) {
		}
		List<Resolved> visible = new ArrayList<>();
		for (MenuEntry e : entries) {
			String href = e.href().apply(user);
			if (href != null) {
				visible.add(new Resolved(e, href));
			}
		}
		String active = activeHref(request, visible.stream().map(Resolved::href).toList());
		// sort key → item: the home page (order < 10) first, the role's favourites next,
		// then groups and the rest by their order.
		record Placed(double key, Item item) {
		}
		List<Placed> bar = new ArrayList<>();
		Map<MenuEntry.Group, List<Item>> groups = new LinkedHashMap<>();
		for (Resolved r : visible) {
			MenuEntry e = r.entry();
			Item item = new Item(e.messageKey(), r.href(), r.href().equals(active), badge(e, user), List.of());
			if (e.groupedFor(user)) {
				groups.computeIfAbsent(e.group(), g -> new ArrayList<>()).add(item);
			}
			else {
				boolean favourite = e.topFor().contains(user.role());
				bar.add(new Placed(favourite ? 10 + e.order() / 1000.0 : e.order(), item));
			}
		}
		groups.forEach((group, items) -> bar
			.add(new Placed(group.order(), items.size() == 1 ? items.get(0) : new Item(group.messageKey(), null,
					items.stream().anyMatch(Item::active), sum(items), List.copyOf(items)))));
		return bar.stream().sorted(Comparator.comparingDouble(Placed::key)).map(Placed::item).toList();
	}

	/**
	 * The model of the layout: after a handler that renders a page, and for a view
	 * rendered outside a controller method (an exception handler).
	 */
	void addTo(ModelMap model, HttpServletRequest request) {
		model.addAttribute("me", Callers.currentOrNull());
		List<Item> menu = menuOnce(request);
		model.addAttribute("menu", menu);
		model.addAttribute("nav", links(menu));
	}

	private static List<Item> links(List<Item> menu) {
		return menu.stream()
			.flatMap(i -> i.dropdown() ? i.children().stream() : java.util.stream.Stream.of(i))
			.toList();
	}

	/** The longest menu link the current path is (or lies under); "/" only exactly. */
	private static String activeHref(HttpServletRequest request, List<String> hrefs) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Object forwarded = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		if (forwarded instanceof String original) {
			path = original.substring(Math.min(original.length(), request.getContextPath().length()));
		}
		String best = null;
		for (String href : hrefs) {
			String bare = href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
			boolean matches = bare.equals("/") ? path.equals("/") : path.equals(bare) || path.startsWith(bare + "/");
			if (matches && (best == null || bare.length() > best.length())) {
				best = href;
			}
		}
		return best;
	}

	private static Long badge(MenuEntry entry, CurrentUser user) {
		if (entry.badge() == null) {
			return null;
		}
		Long count = entry.badge().apply(user);
		return count == null || count <= 0 ? null : count;
	}

	private static Long sum(List<Item> items) {
		long total = items.stream()
			.map(Item::badge)
			.filter(java.util.Objects::nonNull)
			.mapToLong(Long::longValue)
			.sum();
		return total > 0 ? total : null;
	}

	/** The platform's own entries: the home page first. */
	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class PlatformMenu {

		@org.springframework.context.annotation.Bean
		MenuEntry homeMenu() {
			return new MenuEntry(0, "nav.home", user -> "/");
		}

	}

}
