package cn.xiaoan.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler lookup with an index by the literal start of each route (issue 16,
 * ADR 0060).
 * <p>
 * Spring tries every one of the platform's ~750 routes against a request whose path holds
 * a variable ({@code /api/v1/my/homework/42/attempts}); each try reads the method and the
 * CORS headers through the security firewall's request wrappers, which validate every
 * header they hand out. That was 25–30 % of a quiz submission's CPU. Here each route is
 * filed under its literal leading segments ({@code api/v1/my/homework} for the route
 * above) and a request tries only the routes filed under one of its own leading segment
 * runs — the only routes whose literal start can equal the request's. Among them the
 * choice is Spring's own: the same conditions ({@link #getMatchingMapping}), the same
 * comparator, exact paths before patterns.
 * <p>
 * Anything unusual is left to Spring's full scan: no route matched (Spring's answer then
 * names 404, 405 or 415 from partial matches), two routes tie (Spring reports the
 * ambiguity), a CORS pre-flight, or a path with an encoded character or a path parameter
 * (a literal segment of a route is compared decoded).
 */
class IndexedHandlerMapping extends RequestMappingHandlerMapping {

	private volatile @Nullable Index index;

	/** Puts this mapping in the place of Spring MVC's own. */
	static WebMvcRegistrations registration() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new IndexedHandlerMapping();
			}
		};
	}

	@Override
	protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
		super.handlerMethodsInitialized(handlerMethods);
		this.index = null;
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, java.lang.reflect.Method method) {
		super.registerMapping(mapping, handler, method);
		this.index = null;
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		this.index = null;
	}

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		Match best = byIndex(lookupPath, request);
		if (best == null) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, best.handler());
		handleMatch(best.info(), lookupPath, request);
		return best.handler();
	}

	/** The route the index finds, or null where Spring's full scan must decide. */
	@Nullable Match byIndex(String lookupPath, HttpServletRequest request) {
		if (lookupPath.indexOf('%') >= 0 || lookupPath.indexOf(';') >= 0 || CorsUtils.isPreFlightRequest(request)) {
			return null;
		}
		Index routes = this.index;
		if (routes == null) {
			routes = new Index(getHandlerMethods());
			this.index = routes;
		}
		List<Match> matches = matching(routes.exact(lookupPath), routes, request);
		if (matches.isEmpty()) {
			matches = matching(routes.candidates(lookupPath), routes, request);
		}
		if (matches.isEmpty()) {
			return null;
		}
		if (matches.size() > 1) {
			Comparator<RequestMappingInfo> mappings = getMappingComparator(request);
			Comparator<Match> comparator = (a, b) -> mappings.compare(a.info(), b.info());
			matches.sort(comparator);
			if (comparator.compare(matches.get(0), matches.get(1)) == 0) {
				return null;
			}
		}
		return matches.get(0);
	}

	/** Spring's own lookup, trying every route: what the index must always agree with. */
	@Nullable HandlerMethod lookupByFullScan(String lookupPath, HttpServletRequest request) throws Exception {
		return super.lookupHandlerMethod(lookupPath, request);
	}

	private List<Match> matching(List<RequestMappingInfo> routes, Index index, HttpServletRequest request) {
		List<Match> found = new ArrayList<>(2);
		for (RequestMappingInfo route : routes) {
			RequestMappingInfo match = getMatchingMapping(route, request);
			if (match != null) {
				found.add(new Match(match, index.handler(route)));
			}
		}
		return found;
	}

	/** A route's conditions narrowed to the request, and its handler. */
	record Match(RequestMappingInfo info, HandlerMethod handler) {
	}

	/**
	 * Every route filed under its literal leading segments, and the routes without a
	 * variable by their path.
	 */
	static final class Index {

		private final Map<String, List<RequestMappingInfo>> byPrefix = new HashMap<>();

		private final Map<String, List<RequestMappingInfo>> byPath = new HashMap<>();

		private final Map<RequestMappingInfo, HandlerMethod> handlers;

		Index(Map<RequestMappingInfo, HandlerMethod> handlers) {
			this.handlers = handlers;
			handlers.keySet().forEach(route -> {
				Set<String> prefixes = new LinkedHashSet<>();
				Set<PathPattern> patterns = route.getPathPatternsCondition() == null ? Set.of()
						: route.getPathPatternsCondition().getPatterns();
				if (patterns.isEmpty()) {
					prefixes.add("");
				}
				for (PathPattern pattern : patterns) {
					String text = pattern.getPatternString();
					prefixes.add(literalStart(text));
					if (!pattern.hasPatternSyntax()) {
						this.byPath.computeIfAbsent(text, p -> new ArrayList<>()).add(route);
					}
				}
				prefixes.forEach(p -> this.byPrefix.computeIfAbsent(p, k -> new ArrayList<>()).add(route));
			});
		}

		/**
		 * The segments of a route's pattern before the first one holding a variable or a
		 * wildcard.
		 */
		static String literalStart(String pattern) {
			StringBuilder start = new StringBuilder();
			for (String segment : pattern.split("/")) {
				if (segment.isEmpty()) {
					continue;
				}
				if (segment.indexOf('{') >= 0 || segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0) {
					break;
				}
				start.append(start.isEmpty() ? "" : "/").append(segment);
			}
			return start.toString();
		}

		List<RequestMappingInfo> exact(String path) {
			return this.byPath.getOrDefault(path, List.of());
		}

		/**
		 * The routes whose literal start is a run of the path's leading segments (the
		 * empty run included).
		 */
		List<RequestMappingInfo> candidates(String path) {
			List<RequestMappingInfo> found = new ArrayList<>(this.byPrefix.getOrDefault("", List.of()));
			int from = path.startsWith("/") ? 1 : 0;
			while (from <= path.length()) {
				int slash = path.indexOf('/', from);
				int end = slash < 0 ? path.length() : slash;
				if (end > from) {
					found.addAll(
							this.byPrefix.getOrDefault(path.substring(path.startsWith("/") ? 1 : 0, end), List.of()));
				}
				if (slash < 0) {
					break;
				}
				from = slash + 1;
			}
			return found;
		}

		HandlerMethod handler(RequestMappingInfo route) {
			return this.handlers.get(route);
		}

	}

}
