package cn.xiaoan.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One operation the sweep sends to: an API operation of {@code /v3/api-docs} or an HTML
 * form's POST route. {@code body} is the shape of its JSON body (null: none);
 * {@code fields} are its form fields (and {@code files} its file parts).
 */
record Route(String method, String path, Map<String, ValueType> pathVariables, Map<String, ValueType> parameters,
		Shape body, Map<String, ValueType> fields, List<String> files) {

	boolean takesInput() {
		return body != null || !fields.isEmpty() || !files.isEmpty() || !method.equals("GET");
	}

	@Override
	public String toString() {
		return method + " " + path;
	}

	/**
	 * The shape of a JSON value: a leaf of a type, an object of properties, or an array.
	 */
	sealed interface Shape {

		JsonNode make(MalformedInput input, Random random);

	}

	record Leaf(ValueType type) implements Shape {

		@Override
		public JsonNode make(MalformedInput input, Random random) {
			return input.value(type, random);
		}

	}

	record Array(Shape item) implements Shape {

		@Override
		public JsonNode make(MalformedInput input, Random random) {
			if (input == MalformedInput.WRONG_TYPES) {
				return JsonNodeFactory.instance.stringNode("abc");
			}
			return JsonNodeFactory.instance.arrayNode().add(item.make(input, random));
		}

	}

	record Properties(Map<String, Shape> properties) implements Shape {

		@Override
		public JsonNode make(MalformedInput input, Random random) {
			if (input == MalformedInput.WRONG_TYPES && properties.isEmpty()) {
				return JsonNodeFactory.instance.arrayNode();
			}
			ObjectNode object = JsonNodeFactory.instance.objectNode();
			Map<String, JsonNode> values = new LinkedHashMap<>();
			properties.forEach((name, shape) -> values.put(name, shape.make(input, random)));
			values.forEach((name, value) -> {
				if (value != null) {
					object.set(name, value);
				}
			});
			return object;
		}

	}

}
