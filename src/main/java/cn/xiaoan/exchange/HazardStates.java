package cn.xiaoan.exchange;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.xiaoan.hazard.HazardStatusChanged;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code hazard.status} envelope: a hazard's whole state as of its version below
 * ({@link HazardStatusChanged}) with the facts of its report, written here and applied
 * above. Applying keeps the newest version: an older state arriving after a newer one, or
 * the same one resent, changes nothing. A state sent to bring an older mirror up to date
 * ({@code existingOnly}) updates a mirrored hazard but never adds one.
 */
final class HazardStates {

	private HazardStates() {
	}

	static Map<String, Object> body(HazardStatusChanged state, String schoolName, boolean existingOnly) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("hazardId", state.hazardId());
		body.put("number", state.number());
		body.put("schoolId", state.schoolId());
		body.put("schoolName", schoolName);
		body.put("regionCode", state.regionCode());
		body.put("category", state.category().name());
		body.put("foundAt", state.foundAt().toString());
		body.put("status", state.status().name());
		body.put("grade", state.gradeKnown() == null ? null : state.gradeKnown().name());
		body.put("deadline", state.deadline() == null ? null : state.deadline().toString());
		body.put("closedAt", state.closedAt() == null ? null : state.closedAt().toString());
		body.put("version", state.version());
		if (existingOnly) {
			body.put("existingOnly", true);
		}
		return body;
	}

	/** Applies a state from a peer below; false parks an envelope without one. */
	static boolean apply(JdbcClient jdbc, long peer, JsonNode body) {
		String status = text(body, "status");
		long version = body.path("version").asLong(-1);
		if (status == null || status.length() > 30 || version < 0 || text(body, "foundAt") == null) {
			return false;
		}
		String grade = text(body, "grade");
		if (body.path("existingOnly").asBoolean(false)) {
			jdbc.sql(
					"""
							update exchange.mirrored_hazard set status = :status, grade = coalesce(cast(:grade as varchar), grade),
							  deadline = cast(:deadline as date), closed_at = cast(:closed as timestamptz),
							  status_version = :version, updated_at = now()
							where peer_id = :p and hazard_id = :h and status_version < :version""")
				.param("status", status)
				.param("grade", grade)
				.param("deadline", text(body, "deadline"))
				.param("closed", text(body, "closedAt"))
				.param("version", version)
				.param("p", peer)
				.param("h", body.path("hazardId").asLong())
				.update();
			return true;
		}
		jdbc.sql("""
				insert into exchange.mirrored_hazard as m (peer_id, hazard_id, number, school_id, school_name,
				  region_code, category, grade, reported_at, status, deadline, closed_at, status_version)
				values (:p, :h, :number, :school, :schoolName, :region, :category, :grade,
				  cast(:found as timestamptz), :status, cast(:deadline as date), cast(:closed as timestamptz), :version)
				on conflict (peer_id, hazard_id) do update set status = excluded.status,
				  grade = coalesce(excluded.grade, m.grade), deadline = excluded.deadline,
				  closed_at = excluded.closed_at, status_version = excluded.status_version, updated_at = now()
				where m.status_version < excluded.status_version""")
			.param("p", peer)
			.param("h", body.path("hazardId").asLong())
			.param("number", body.path("number").asString(""))
			.param("school", body.path("schoolId").asLong())
			.param("schoolName", body.path("schoolName").asString(""))
			.param("region", body.path("regionCode").asString(""))
			.param("category", body.path("category").asString(""))
			.param("grade", grade)
			.param("found", text(body, "foundAt"))
			.param("status", status)
			.param("deadline", text(body, "deadline"))
			.param("closed", text(body, "closedAt"))
			.param("version", version)
			.update();
		return true;
	}

	/** A field's text, null when missing or null. */
	private static String text(JsonNode body, String field) {
		JsonNode node = body.path(field);
		return node.isMissingNode() || node.isNull() ? null : node.asString(null);
	}

}
