package cn.xiaoan.fuzz;

import java.util.List;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The kinds of malformed input the sweep sends, and what each makes of one value of a
 * given type: every value of the request (path, query, form field, JSON leaf) is replaced
 * the same way, so one request carries the kind everywhere it applies.
 */
enum MalformedInput {

	/** Plausible values (as valid as a schema alone can tell), the control case. */
	PLAUSIBLE,
	/** No body, no query parameters, no form fields. */
	MISSING_BODY,
	/** A string where a number or boolean belongs, an object where a string belongs. */
	WRONG_TYPES,
	/** 100,000 characters in every text. */
	HUGE_STRINGS,
	/** A NUL byte (which PostgreSQL text cannot hold) in every text. */
	NUL_BYTES,
	/** -1 in every id and number. */
	NEGATIVE_NUMBERS,
	/** {@code Long.MAX_VALUE} and beyond in every id and number. */
	HUGE_NUMBERS,
	/** Words in every id and number. */
	NON_NUMERIC,
	/** A day that does not exist. */
	BAD_DATES,
	/** The last day of the calendar: valid, but far beyond any rule. */
	FAR_DATES,
	/** A choice that no enum has. */
	WRONG_ENUMS,
	/** A multipart request with no parts at all. */
	EMPTY_MULTIPART,
	/**
	 * Emoji, right-to-left overrides, combining marks, a byte-order mark, a lone
	 * surrogate, full-width digits.
	 */
	UNICODE_ODDITIES,
	/** Empty text and absent numbers. */
	EMPTY_VALUES;

	static final String HUGE = "长".repeat(100_000);

	private static final List<String> ODDITIES = List.of("😀🏫\u200d👩‍👧", "\u202Eevil.exe\u202C",
			"e\u0301\u0301\u0301\u0301", "\uFEFF校安", "𠜎𠜱𡃁", "\uD800", "Ⅻ〇", "\u0007\u001b[31m");

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/**
	 * What this kind makes of one value of the type ({@code null}: leave the value out).
	 */
	JsonNode value(ValueType type, Random random) {
		return switch (this) {
			case PLAUSIBLE, MISSING_BODY, EMPTY_MULTIPART -> type.plausible();
			case WRONG_TYPES -> type.numeric() || type.kind() == ValueType.Kind.BOOLEAN ? JSON.stringNode("abc")
					: JSON.objectNode().put("x", 1);
			case HUGE_STRINGS -> type.textual() ? JSON.stringNode(HUGE) : type.plausible();
			case NUL_BYTES -> type.textual() ? JSON.stringNode("a\u0000b") : type.plausible();
			case NEGATIVE_NUMBERS -> type.numeric() ? JSON.numberNode(-1) : type.plausible();
			case HUGE_NUMBERS ->
				type.numeric()
						? (random.nextBoolean() ? JSON.numberNode(Long.MAX_VALUE)
								: JSON.numberNode(new java.math.BigInteger("99999999999999999999999")))
						: type.plausible();
			case NON_NUMERIC -> type.numeric() ? JSON.stringNode("twelve") : type.plausible();
			case BAD_DATES -> switch (type.kind()) {
				case DATE -> JSON.stringNode("2026-13-45");
				case DATE_TIME -> JSON.stringNode("2026-13-45T25:61:00+08:00");
				default -> type.plausible();
			};
			case FAR_DATES -> switch (type.kind()) {
				case DATE -> JSON.stringNode("9999-12-31");
				case DATE_TIME -> JSON.stringNode("9999-12-31T23:59:59Z");
				default -> type.plausible();
			};
			case WRONG_ENUMS ->
				type.kind() == ValueType.Kind.ENUM ? JSON.stringNode("NO_SUCH_VALUE") : type.plausible();
			case UNICODE_ODDITIES -> type.textual() ? JSON.stringNode(ODDITIES.get(random.nextInt(ODDITIES.size())))
					: type.numeric() ? JSON.stringNode("１２") : type.plausible();
			case EMPTY_VALUES -> type.textual() ? JSON.stringNode("") : JSON.nullNode();
		};
	}

	/** The value as it goes into a path, a query string or a form field. */
	static String text(JsonNode value) {
		if (value == null || value.isNull()) {
			return "";
		}
		return value.isValueNode() ? value.asString() : value.toString();
	}

	/** A short description of the input for the report (no 100k strings). */
	static String shown(String value) {
		String s = value.length() > 300 ? value.substring(0, 120) + "…(" + value.length() + " chars)" : value;
		return s.replace("\u0000", "\\0");
	}

}
