package cn.xiaoan.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.xiaoan.support.PlatformTest;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexed handler lookup (ADR 0060) picks, for a request to every route of the
 * platform, the very handler and path variables Spring's full scan picks — and for paths
 * no route serves, the same refusal.
 */
@PlatformTest
class IndexedHandlerMappingIntegrationTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void theIndexedLookupIsSpringMvcsOwnForEveryRoute() throws Exception {
		assertThat(mapping).isInstanceOf(IndexedHandlerMapping.class);
		IndexedHandlerMapping indexed = (IndexedHandlerMapping) mapping;
		List<String> checked = new ArrayList<>();
		List<String> byIndexAlone = new ArrayList<>();
		for (RequestMappingInfo route : indexed.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = route.getMethodsCondition().getMethods();
			String method = methods.isEmpty() ? "GET" : methods.iterator().next().name();
			for (PathPattern pattern : route.getPathPatternsCondition().getPatterns()) {
				for (String value : List.of("1", "x-y")) {
					String path = pattern.getPatternString()
						.replaceAll("\\{\\*?[^}/]+}", value)
						.replace("**", value)
						.replace("*", value);
					HandlerMethod byIndex = lookup(indexed, method, path, false);
					HandlerMethod byScan = lookup(indexed, method, path, true);
					assertThat(describe(byIndex)).as(method + " " + path).isEqualTo(describe(byScan));
					checked.add(method + " " + path);
					IndexedHandlerMapping.Match found = indexed.byIndex(path, request(method, path));
					if (found != null) {
						assertThat(describe(found.handler())).as(method + " " + path).isEqualTo(describe(byScan));
						byIndexAlone.add(path);
					}
				}
			}
		}
		assertThat(checked).hasSizeGreaterThan(500);
		assertThat(byIndexAlone).as("routes the index resolves without the full scan")
			.hasSizeGreaterThan(checked.size() * 9 / 10);
	}

	@Test
	void pathsNoRouteServesAreRefusedAsSpringWould() throws Exception {
		IndexedHandlerMapping indexed = (IndexedHandlerMapping) mapping;
		for (String path : List.of("/no-such-page", "/api/v1/no/such/route", "/hazards/1/2/3/4", "/")) {
			assertThat(describe(lookup(indexed, "GET", path, false))).as(path)
				.isEqualTo(describe(lookup(indexed, "GET", path, true)));
		}
	}

	@Test
	void pathVariablesAreExtractedFromTheChosenRoute() throws Exception {
		MockHttpServletRequest request = request("POST", "/api/v1/my/homework/42/attempts");
		HandlerMethod handler = ((IndexedHandlerMapping) mapping).lookupHandlerMethod(request.getRequestURI(), request);
		assertThat(handler).isNotNull();
		assertThat(handler.getMethod().getName()).isEqualTo("submit");
		assertThat(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)).asString().contains("42");
	}

	private static MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.addHeader("Accept", "*/*");
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}

	private static HandlerMethod lookup(IndexedHandlerMapping mapping, String method, String path, boolean fullScan) {
		HttpServletRequest request = request(method, path);
		try {
			return fullScan ? mapping.lookupByFullScan(path, request) : mapping.lookupHandlerMethod(path, request);
		}
		catch (Exception refused) {
			return new HandlerMethod(refused.getClass().getSimpleName(), Object.class.getMethods()[0]);
		}
	}

	private static String describe(HandlerMethod handler) {
		return handler == null ? "none" : handler.getBean() + "#" + handler.getMethod();
	}

}
