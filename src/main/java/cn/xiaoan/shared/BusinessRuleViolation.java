package cn.xiaoan.shared;

import java.util.Map;

/**
 * Input that is well-formed but breaks a rule (duplicate school code, unknown class...):
 * HTTP 400 with field errors. {@code fieldErrors} maps a field to a message key.
 */
public class BusinessRuleViolation extends RuntimeException {

	private final Map<String, String> fieldErrors;

	public BusinessRuleViolation(String field, String messageKey) {
		this(Map.of(field, messageKey));
	}

	public BusinessRuleViolation(Map<String, String> fieldErrors) {
		super("invalid input: " + fieldErrors);
		this.fieldErrors = Map.copyOf(fieldErrors);
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}

}
