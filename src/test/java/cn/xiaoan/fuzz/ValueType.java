package cn.xiaoan.fuzz;

import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The type of one value in a request, as an OpenAPI schema or a Java parameter tells it.
 */
record ValueType(Kind kind, List<String> choices) {

	enum Kind {

		TEXT, INTEGER, NUMBER, BOOLEAN, DATE, DATE_TIME, ENUM, UUID, FILE

	}

	static final ValueType TEXT = new ValueType(Kind.TEXT, List.of());

	static ValueType of(Kind kind) {
		return new ValueType(kind, List.of());
	}

	boolean textual() {
		return kind == Kind.TEXT;
	}

	boolean numeric() {
		return kind == Kind.INTEGER || kind == Kind.NUMBER;
	}

	JsonNode plausible() {
		JsonNodeFactory json = JsonNodeFactory.instance;
		return switch (kind) {
			case TEXT -> json.stringNode("测试");
			case INTEGER -> json.numberNode(1);
			case NUMBER -> json.numberNode(1.5);
			case BOOLEAN -> json.booleanNode(true);
			case DATE -> json.stringNode(LocalDate.now().plusDays(7).toString());
			case DATE_TIME -> json.stringNode(LocalDate.now().plusDays(7) + "T08:00:00+08:00");
			case ENUM -> json.stringNode(choices.isEmpty() ? "X" : choices.get(0));
			case UUID -> json.stringNode("00000000-0000-0000-0000-000000000001");
			case FILE -> json.nullNode();
		};
	}

}
