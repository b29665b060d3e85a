package cn.xiaoan.shared;

import java.util.Map;

/**
 * Published by every module on every change of its data; the audit trail records it with
 * who, when and from where. {@code before}/{@code after} hold field values (personal data
 * already masked).
 */
public record EntityChanged(String entityType, String entityId, String action, String regionCode, Long schoolId,
		Map<String, Object> before, Map<String, Object> after) {

	public static EntityChanged created(String type, Object id, String regionCode, Long schoolId,
			Map<String, Object> after) {
		return new EntityChanged(type, String.valueOf(id), "CREATE", regionCode, schoolId, Map.of(), after);
	}

	public static EntityChanged updated(String type, Object id, String regionCode, Long schoolId,
			Map<String, Object> before, Map<String, Object> after) {
		return new EntityChanged(type, String.valueOf(id), "UPDATE", regionCode, schoolId, before, after);
	}

}
