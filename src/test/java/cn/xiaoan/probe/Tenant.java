package cn.xiaoan.probe;

import java.util.List;
import java.util.Map;

/**
 * One tenant's objects, by kind ("school", "hazard"…), and the markers that appear only
 * in that tenant's data: a page or export that shows a marker to another tenant leaks.
 */
record Tenant(String name, Map<String, Object> objects, List<String> markers) {

	/** The tenant's object of the kind; 999999999 when it has none of that kind. */
	Object value(String kind) {
		return objects.getOrDefault(kind, switch (kind) {
			case "lesson" -> "DROWNING";
			case "setting" -> "GUARD_MEDIUM_SCHOOL_COUNT";
			case "file", "import" -> "00000000-0000-0000-0000-000000000000";
			default -> 999_999_999L;
		});
	}

	/** The first marker the body shows, or null. */
	String leakIn(String body) {
		return markers.stream().filter(body::contains).findFirst().orElse(null);
	}

}
