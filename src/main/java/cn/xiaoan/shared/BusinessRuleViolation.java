package cn.xiaoan.shared;

import java.util.Map;

/**
 * Input that is well-formed but breaks a rule (duplicate school code, unknown class...):
 * HTTP 400 with field errors. {@code fieldErrors} maps a field to a message key; a key
 * may take arguments ({0}, {1}…), which may themselves be message keys to resolve
 * ({@link org.springframework.context.MessageSourceResolvable}).
 */
public class BusinessRuleViolation extends RuntimeException {

	private static final Object[] NO_ARGS = {};

	private final Map<String, String> fieldErrors;

	private final Map<String, Object[]> arguments;

	public BusinessRuleViolation(String field, String messageKey) {
		this(Map.of(field, messageKey));
	}

	/** One field whose message names values, e.g. the other setting it contradicts. */
	public BusinessRuleViolation(String field, String messageKey, Object... args) {
		this(Map.of(field, messageKey), Map.of(field, args));
	}

	public BusinessRuleViolation(Map<String, String> fieldErrors) {
		this(fieldErrors, Map.of());
	}

	public BusinessRuleViolation(Map<String, String> fieldErrors, Map<String, Object[]> arguments) {
		super("invalid input: " + fieldErrors);
		this.fieldErrors = Map.copyOf(fieldErrors);
		this.arguments = Map.copyOf(arguments);
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}

	/** The arguments of a field's message (none for most). */
	public Object[] arguments(String field) {
		return arguments.getOrDefault(field, NO_ARGS);
	}

}
