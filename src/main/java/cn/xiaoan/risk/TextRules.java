package cn.xiaoan.risk;

import java.util.LinkedHashMap;
import java.util.Map;

/** Required and length rules of free text, collected as field errors (message keys). */
final class TextRules {

	private final Map<String, String> errors = new LinkedHashMap<>();

	static String trim(String value) {
		return value == null ? "" : value.strip();
	}

	TextRules required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			errors.put(field, "risk.error.required");
			return this;
		}
		return optional(field, value, max);
	}

	TextRules optional(String field, String value, int max) {
		if (value != null && value.length() > max) {
			errors.put(field, "risk.error.length." + max);
		}
		return this;
	}

	Map<String, String> errors() {
		return errors;
	}

}
