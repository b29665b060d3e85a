package cn.xiaoan.training;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * Collects the field errors (message keys) of a command; text that goes on a certificate
 * must also be printable with the embedded font.
 */
final class FieldRules {

	private final Map<String, String> errors = new LinkedHashMap<>();

	static String trim(String value) {
		return value == null ? "" : value.strip();
	}

	FieldRules text(String field, String value, boolean required, int max) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.putIfAbsent(field, "training.error.required");
			}
		}
		else if (value.length() > max) {
			errors.putIfAbsent(field, "training.error.length");
		}
		return this;
	}

	/** Text printed on certificates: the font is a GB2312 subset. */
	FieldRules printable(String field, String value) {
		if (value != null && !CertificateFont.printable(value)) {
			errors.putIfAbsent(field, "training.error.glyph");
		}
		return this;
	}

	FieldRules range(String field, Integer value, int min, int max) {
		if (value == null) {
			errors.putIfAbsent(field, "training.error.required");
		}
		else if (value < min || value > max) {
			errors.putIfAbsent(field, "training.error.range");
		}
		return this;
	}

	FieldRules present(String field, Object value) {
		if (value == null) {
			errors.putIfAbsent(field, "training.error.required");
		}
		return this;
	}

	FieldRules check(boolean ok, String field, String key) {
		if (!ok) {
			errors.putIfAbsent(field, key);
		}
		return this;
	}

	void orThrow() {
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors);
		}
	}

}
