package cn.xiaoan.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Secrets never reach the trail, whatever a module puts in its before/after: a field that
 * names a password, hash, token, secret or salt, or whose value looks like a password
 * hash, is left out (the migration V202612010300 applies the same rule to older entries).
 */
final class AuditSecrets {

	private static final Pattern SECRET_KEY = Pattern.compile("(?i)^(password|passwd|pwd)|(hash|secret|token|salt)$");

	/** BCrypt ($2a$…) and Argon2 ($argon2id$…) hashes. */
	private static final Pattern HASH_VALUE = Pattern.compile("^\\$(2[abxy]?|argon2(id|i|d))\\$.*");

	private AuditSecrets() {
	}

	static Map<String, Object> without(Map<String, ?> values) {
		Map<String, Object> kept = new LinkedHashMap<>();
		if (values == null) {
			return kept;
		}
		values.forEach((key, value) -> {
			if (!isSecret(key, value)) {
				kept.put(key, value instanceof Map<?, ?> nested ? without(stringKeys(nested)) : value);
			}
		});
		return kept;
	}

	static boolean isSecret(String key, Object value) {
		return key == null || SECRET_KEY.matcher(key).find()
				|| (value instanceof CharSequence s && HASH_VALUE.matcher(s).matches());
	}

	private static Map<String, Object> stringKeys(Map<?, ?> map) {
		Map<String, Object> result = new LinkedHashMap<>();
		map.forEach((k, v) -> result.put(String.valueOf(k), v));
		return result;
	}

}
