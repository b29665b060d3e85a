package cn.xiaoan.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Every operation of the OpenAPI document, with the shapes of its parameters and body.
 */
final class ApiOperations {

	private static final int DEPTH = 4;

	private final JsonNode document;

	private ApiOperations(JsonNode document) {
		this.document = document;
	}

	static List<Route> of(JsonNode document) {
		return new ApiOperations(document).routes();
	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
			String method = operation.getKey().toUpperCase(Locale.ROOT);
			if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
				routes.add(route(method, path.getKey(), operation.getValue()));
			}
		}));
		return routes;
	}

	private Route route(String method, String path, JsonNode operation) {
		Map<String, ValueType> pathVariables = new LinkedHashMap<>();
		Map<String, ValueType> parameters = new LinkedHashMap<>();
		for (JsonNode parameter : operation.path("parameters")) {
			String name = parameter.get("name").asString();
			JsonNode schema = resolve(parameter.path("schema"));
			switch (parameter.path("in").asString()) {
				case "path" -> pathVariables.put(name, type(schema));
				case "query" -> {
					if (schema.has("properties")) {
						// an object bound from the query string: its properties are the
						// parameters
						schema.get("properties")
							.properties()
							.forEach(p -> parameters.put(p.getKey(), type(resolve(p.getValue()))));
					}
					else {
						parameters.put(name, type(schema));
					}
				}
				default -> {
					// headers and cookies are not swept
				}
			}
		}
		JsonNode content = operation.path("requestBody").path("content");
		Route.Shape body = null;
		Map<String, ValueType> fields = new LinkedHashMap<>();
		List<String> files = new ArrayList<>();
		JsonNode upload = content.has("multipart/form-data") ? content.get("multipart/form-data")
				: content.properties().iterator().hasNext() ? content.properties().iterator().next().getValue() : null;
		if (upload != null && uploads(resolve(upload.path("schema")))) {
			// a file parameter: springdoc documents it as a body with a binary property
			resolve(upload.path("schema")).path("properties").properties().forEach(p -> {
				ValueType type = type(resolve(p.getValue()));
				if (type.kind() == ValueType.Kind.FILE) {
					files.add(p.getKey());
				}
				else {
					fields.put(p.getKey(), type);
				}
			});
		}
		else if (content.properties().iterator().hasNext()) {
			body = shape(content.properties().iterator().next().getValue().path("schema"), 0);
		}
		return new Route(method, path, pathVariables, parameters, body, fields, files);
	}

	private static boolean uploads(JsonNode schema) {
		for (var property : schema.path("properties").properties()) {
			if ("binary".equals(property.getValue().path("format").asString())) {
				return true;
			}
		}
		return false;
	}

	private Route.Shape shape(JsonNode schema, int depth) {
		JsonNode resolved = resolve(schema);
		if (resolved.has("properties") && depth < DEPTH) {
			Map<String, Route.Shape> properties = new LinkedHashMap<>();
			resolved.get("properties")
				.properties()
				.forEach(p -> properties.put(p.getKey(), shape(p.getValue(), depth + 1)));
			return new Route.Properties(properties);
		}
		if ("array".equals(resolved.path("type").asString()) && depth < DEPTH) {
			return new Route.Array(shape(resolved.path("items"), depth + 1));
		}
		if ("object".equals(resolved.path("type").asString())) {
			return new Route.Properties(Map.of());
		}
		return new Route.Leaf(type(resolved));
	}

	private static ValueType type(JsonNode schema) {
		if (schema.has("enum")) {
			List<String> choices = new ArrayList<>();
			schema.get("enum").forEach(c -> choices.add(c.asString()));
			return new ValueType(ValueType.Kind.ENUM, choices);
		}
		String format = schema.path("format").asString();
		return switch (schema.path("type").asString()) {
			case "integer" -> ValueType.of(ValueType.Kind.INTEGER);
			case "number" -> ValueType.of(ValueType.Kind.NUMBER);
			case "boolean" -> ValueType.of(ValueType.Kind.BOOLEAN);
			case "string" -> switch (format) {
				case "date" -> ValueType.of(ValueType.Kind.DATE);
				case "date-time" -> ValueType.of(ValueType.Kind.DATE_TIME);
				case "uuid" -> ValueType.of(ValueType.Kind.UUID);
				case "binary" -> ValueType.of(ValueType.Kind.FILE);
				default -> ValueType.TEXT;
			};
			default -> ValueType.TEXT;
		};
	}

	/**
	 * Follows {@code $ref} to the components (and the first of
	 * {@code allOf}/{@code oneOf}).
	 */
	private JsonNode resolve(JsonNode schema) {
		JsonNode s = schema;
		for (int i = 0; i < 5; i++) {
			if (s.has("$ref")) {
				String name = s.get("$ref").asString().replace("#/components/schemas/", "");
				s = document.path("components").path("schemas").path(name);
			}
			else if (s.has("allOf") || s.has("oneOf") || s.has("anyOf")) {
				JsonNode list = s.has("allOf") ? s.get("allOf") : s.has("oneOf") ? s.get("oneOf") : s.get("anyOf");
				s = list.path(0);
			}
			else {
				return s;
			}
		}
		return s;
	}

}
