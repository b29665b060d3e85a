package cn.xiaoan.fuzz;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponentsBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Sends malformed input to routes as each of several callers and keeps every answer in
 * the 5xx range (or an exception no handler answered) with the route, caller and input.
 * Deterministic: the inputs of a route and caller follow from their order and the seed.
 */
final class Sweep {

	/** A request answered with a server error. */
	record Finding(Route route, String role, MalformedInput input, String request, String outcome) {

		@Override
		public String toString() {
			return route + " as " + role + " with " + input + " " + request + " → " + outcome;
		}

	}

	private final MockMvc mvc;

	private final Map<String, RequestPostProcessor> roles;

	private static final String PLAIN_ID = "1";

	private final int inputsPerCaller;

	private final long school;

	private final Random random;

	private final List<Finding> findings = new ArrayList<>();

	private final Map<String, Integer> statuses = new TreeMap<>();

	private final Map<String, Long> millis = new java.util.HashMap<>();

	private int sent;

	/**
	 * {@code school} stands in for a plausible school id in a path: one school every
	 * caller's scope covers (or the caller belongs to).
	 */
	Sweep(MockMvc mvc, Map<String, RequestPostProcessor> roles, long school, int inputsPerCaller, long seed) {
		this.mvc = mvc;
		this.roles = roles;
		this.school = school;
		this.inputsPerCaller = inputsPerCaller;
		this.random = new Random(seed);
	}

	/**
	 * Sends the route's inputs as every caller; each caller gets the next
	 * {@code inputsPerCaller} of the route's inputs in turn, so that with enough callers
	 * every input reaches the route.
	 */
	void send(Route route) {
		List<MalformedInput> inputs = inputsOf(route);
		int next = 0;
		for (var role : roles.entrySet()) {
			for (int i = 0; i < Math.min(inputsPerCaller, inputs.size()); i++) {
				send(route, role.getKey(), role.getValue(), inputs.get(next++ % inputs.size()));
			}
		}
	}

	private static List<MalformedInput> inputsOf(Route route) {
		String only = System.getProperty("xiaoan.fuzz.inputs");
		Set<MalformedInput> inputs = only == null ? EnumSet.allOf(MalformedInput.class)
				: EnumSet.noneOf(MalformedInput.class);
		if (only != null) {
			java.util.Arrays.stream(only.split(",")).map(MalformedInput::valueOf).forEach(inputs::add);
		}
		if (!route.takesInput()) {
			inputs.remove(MalformedInput.EMPTY_MULTIPART);
			inputs.remove(MalformedInput.MISSING_BODY);
		}
		return List.copyOf(inputs);
	}

	private void send(Route route, String role, RequestPostProcessor caller, MalformedInput input) {
		Map<String, String> shown = new LinkedHashMap<>();
		AbstractMockHttpServletRequestBuilder<?> request = request(route, input, shown);
		sent++;
		long start = System.nanoTime();
		try {
			MvcResult result = mvc.perform(request.with(caller).with(csrf())).andReturn();
			int status = result.getResponse().getStatus();
			statuses.merge(String.valueOf(status), 1, Integer::sum);
			if (status >= 500) {
				Exception resolved = result.getResolvedException();
				findings.add(new Finding(route, role, input, shown.toString(),
						status + (resolved == null ? "" : " " + rootCause(resolved))));
			}
		}
		catch (Exception ex) {
			statuses.merge("unhandled", 1, Integer::sum);
			findings.add(new Finding(route, role, input, shown.toString(), "unhandled " + rootCause(ex)));
		}
		millis.merge(route.toString(), (System.nanoTime() - start) / 1_000_000, Long::sum);
	}

	private AbstractMockHttpServletRequestBuilder<?> request(Route route, MalformedInput input,
			Map<String, String> shown) {
		Map<String, String> variables = new LinkedHashMap<>();
		route.pathVariables().forEach((name, type) -> {
			MalformedInput used = input == MalformedInput.MISSING_BODY || input == MalformedInput.EMPTY_MULTIPART
					? MalformedInput.PLAUSIBLE : input;
			String value = MalformedInput.text(used.value(type, random));
			if (value.equals(PLAIN_ID) && route.path().contains("schools/{" + name + "}")) {
				value = String.valueOf(school); // the callers' school, to reach past the
												// scope check
			}
			variables.put(name, value);
			shown.put(name, MalformedInput.shown(value));
		});
		URI uri = UriComponentsBuilder.fromPath(route.path()).encode().buildAndExpand(variables).toUri();
		HttpMethod method = HttpMethod.valueOf(route.method());
		// a missing body is missing the multipart too
		boolean multipart = input == MalformedInput.EMPTY_MULTIPART
				|| !route.files().isEmpty() && input != MalformedInput.MISSING_BODY;
		AbstractMockHttpServletRequestBuilder<?> request;
		if (multipart) {
			MockMultipartHttpServletRequestBuilder parts = MockMvcRequestBuilders.multipart(method, uri);
			if (input != MalformedInput.EMPTY_MULTIPART && input != MalformedInput.MISSING_BODY) {
				route.files()
					.forEach(f -> parts.file(new MockMultipartFile(f, "测试.xlsx", "application/octet-stream",
							"not a workbook".getBytes(StandardCharsets.UTF_8))));
			}
			request = parts;
		}
		else {
			request = MockMvcRequestBuilders.request(method, uri);
		}
		if (input == MalformedInput.MISSING_BODY || input == MalformedInput.EMPTY_MULTIPART) {
			if (route.body() != null) {
				request.contentType(MediaType.APPLICATION_JSON);
			}
			return request;
		}
		Map<String, ValueType> parameters = new LinkedHashMap<>(route.parameters());
		parameters.putAll(route.fields());
		parameters.forEach((name, type) -> {
			String value = MalformedInput.text(input.value(type, random));
			request.param(name, value);
			shown.put(name, MalformedInput.shown(value));
		});
		if (route.body() != null) {
			String json = route.body().make(input, random).toString();
			request.contentType(MediaType.APPLICATION_JSON).content(json);
			shown.put("body", MalformedInput.shown(json));
		}
		return request;
	}

	private static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage());
		return cause.getClass().getSimpleName() + ": "
				+ (message.length() > 160 ? message.substring(0, 160) + "…" : message).replace("\u0000", "\\0");
	}

	List<Finding> findings() {
		return findings;
	}

	/** The routes that took longest, with their total time. */
	List<String> slowest(int n) {
		return millis.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(n)
			.map(e -> e.getKey() + " " + e.getValue() + " ms")
			.toList();
	}

	int sent() {
		return sent;
	}

	Map<String, Integer> statuses() {
		return statuses;
	}

}
