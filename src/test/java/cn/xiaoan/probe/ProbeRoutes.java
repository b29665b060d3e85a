package cn.xiaoan.probe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application as Spring MVC knows it — so a new route is probed
 * without editing the probe — with its path variables filled from a {@link Tenant}: the
 * object each variable names is read from the path segment before it
 * ({@code /schools/{id}} is a school, {@code /homework/{id}/classes/{classId}} a class).
 */
record ProbeRoutes(List<Route> routes) {

	/** GET pages and API reads, and API writes that name an object in their path. */
	record Route(HttpMethod method, String pattern, HandlerMethod handler) {

		/** The kinds of object the path names, in order ("school", "hazard"…). */
		List<String> objects() {
			List<String> kinds = new ArrayList<>();
			Matcher m = VARIABLE.matcher(pattern);
			while (m.find()) {
				kinds.add(kindOf(pattern.substring(0, m.start()), m.group(1)));
			}
			return kinds;
		}

		/** Names an object that belongs to a tenant (a school, a region, a person…). */
		boolean tenanted() {
			return objects().stream().anyMatch(k -> !NOT_TENANTED.contains(k));
		}

		boolean write() {
			return method != HttpMethod.GET;
		}

		/** The request with the tenant's objects in the path and the query. */
		AbstractMockHttpServletRequestBuilder<?> request(Tenant tenant) {
			List<String> kinds = objects();
			Object[] values = new Object[kinds.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = tenant.value(kinds.get(i));
			}
			AbstractMockHttpServletRequestBuilder<?> request = MockMvcRequestBuilders.request(method, pattern, values);
			for (MethodParameter p : handler.getMethodParameters()) {
				// an upload is sent as one, so the probe reaches the scope check, not the
				// parser
				if (p.getParameterType().getName().contains("MultipartFile")) {
					RequestParam param = p.getParameterAnnotation(RequestParam.class);
					String name = param != null && !param.name().isEmpty() ? param.name()
							: param != null && !param.value().isEmpty() ? param.value() : p.getParameterName();
					request = MockMvcRequestBuilders.multipart(method, pattern, values)
						.file(new org.springframework.mock.web.MockMultipartFile(name, "probe.xlsx",
								"application/octet-stream", new byte[] { 1 }));
				}
			}
			Set<String> named = new java.util.HashSet<>();
			for (MethodParameter p : handler.getMethodParameters()) {
				RequestParam param = p.getParameterAnnotation(RequestParam.class);
				if (param != null && !Map.class.isAssignableFrom(p.getParameterType())
						&& !p.getParameterType().getName().contains("MultipartFile")) {
					String name = !param.name().isEmpty() ? param.name()
							: !param.value().isEmpty() ? param.value() : p.getParameterName();
					request.param(name, queryValue(name, p.getParameterType(), tenant));
					named.add(name);
				}
				if (p.hasParameterAnnotation(RequestBody.class)) {
					request.contentType(MediaType.APPLICATION_JSON).content("{}");
				}
			}
			// filters a list might take: the tenant's school, region, class and unit
			Map<String, Object> filters = new java.util.LinkedHashMap<>();
			filters.put("school", tenant.value("school"));
			filters.put("schoolId", tenant.value("school"));
			filters.put("region", tenant.value("region"));
			filters.put("regionCode", tenant.value("region"));
			filters.put("classId", tenant.value("class"));
			filters.put("unit", "S:" + tenant.value("school"));
			for (Map.Entry<String, Object> filter : filters.entrySet()) {
				if (!named.contains(filter.getKey())) {
					request.param(filter.getKey(), filter.getValue().toString());
				}
			}
			return request;
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}

	}

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");

	/** Objects every signed-in person may name: lessons, policy settings, provinces. */
	private static final Set<String> NOT_TENANTED = Set.of("lesson", "setting", "unknown");

	/** Routes not probed: signing in and out, errors, the API's description. */
	private static final List<String> SKIPPED = List.of("/login", "/logout", "/error", "/v3/api-docs", "/swagger-ui",
			"/api/v1/session");

	static ProbeRoutes of(RequestMappingHandlerMapping mapping) {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
			for (String pattern : e.getKey().getPatternValues()) {
				if (SKIPPED.stream().anyMatch(pattern::startsWith)) {
					continue;
				}
				for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					boolean apiWrite = pattern.startsWith("/api/") && m != RequestMethod.GET
							&& VARIABLE.matcher(pattern).find();
					if (m == RequestMethod.GET || apiWrite) {
						routes.add(new Route(HttpMethod.valueOf(m.name()), pattern, e.getValue()));
					}
				}
			}
		}
		routes.sort(Comparator.comparing(Route::toString));
		return new ProbeRoutes(List.copyOf(routes));
	}

	/** The kind of object a path variable names, from the segment before it. */
	static String kindOf(String before, String variable) {
		String[] segments = before.split("/");
		String segment = segments.length == 0 ? "" : segments[segments.length - 1];
		if (variable.equals("region") || variable.equals("provinceCode")) {
			return variable.equals("region") ? "region" : "province";
		}
		if (variable.equals("setting")) {
			return "setting";
		}
		if (variable.equals("code")) {
			return before.contains("lessons") ? "lesson" : "region";
		}
		return switch (segment) {
			case "schools" -> "school";
			case "classes" -> "class";
			case "students" -> "student";
			case "pupils" -> "student";
			case "visits" -> "visit";
			case "staff" -> "staff";
			case "hazards" -> "hazard";
			case "accidents" -> "accident";
			case "waters" -> "water";
			case "venues" -> "venue";
			case "venue-cases" -> "venueCase";
			case "institutions" -> "institution";
			case "rectifications" -> "institutionRectification";
			case "bans" -> "institutionBan";
			case "resettlements" -> "institutionResettlement";
			case "risks" -> "risk";
			case "homework" -> "homework";
			case "campaigns" -> "campaign";
			case "plans" -> "plan";
			case "tasks" -> "task";
			case "bases" -> "base";
			case "courses" -> "course";
			case "sessions" -> "session";
			case "bookings" -> "booking";
			case "attendees" -> "attendee";
			case "accounts" -> "account";
			case "tokens" -> "token";
			case "imports" -> "import";
			case "files", "attachments" -> "file";
			case "media" -> "media";
			case "emergency-plans" -> "emergency_plan";
			case "drills" -> "drill";
			case "problems" -> "drill_problem";
			case "warnings" -> "warning";
			case "notices" -> "notice";
			case "meetings" -> "meeting";
			case "schemes" -> "assessmentScheme";
			case "indicators" -> "assessmentIndicator";
			case "interviews" -> "assessmentInterview";
			case "meeting-tasks" -> "meetingTask";
			case "opinions" -> "opinion";
			case "opinion-tasks" -> "opinionTask";
			case "cases" -> "bullyingCase";
			case "routes" -> "busRoute";
			case "runs" -> "busRun";
			case "school-bus-permits", "permits" -> "busPermit";
			case "vehicles" -> "busVehicle";
			case "drivers" -> "busDriver";
			case "clues" -> "clue";
			case "deputies" -> "deputy";
			case "stations" -> "station";
			default -> "unknown";
		};
	}

	private static String queryValue(String name, Class<?> type, Tenant tenant) {
		String n = name.toLowerCase();
		if (n.contains("school")) {
			return tenant.value("school").toString();
		}
		if (n.equals("unit")) {
			return "S:" + tenant.value("school");
		}
		if (n.contains("region") || n.equals("parent")) {
			return tenant.value("region").toString();
		}
		if (n.contains("class")) {
			return tenant.value("class").toString();
		}
		if (n.contains("campaign")) {
			return tenant.value("campaign").toString();
		}
		if (n.contains("lesson")) {
			return "DROWNING";
		}
		if (type == UUID.class) {
			return UUID.randomUUID().toString();
		}
		if (type == LocalDate.class) {
			return LocalDate.now().toString();
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "1";
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0].toString();
		}
		return "x";
	}

}
