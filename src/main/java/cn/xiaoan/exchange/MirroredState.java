package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.hazard.HazardStatusChanged;
import cn.xiaoan.shared.RegionCode;
import tools.jackson.databind.JsonNode;

/**
 * A hazard as an installation above keeps it, and as it travels up: where it lives (the
 * installation it was found at, {@code origin}, and its id there), the ledger facts of
 * its report, and its state as of {@code version} there — status, grade, deadline,
 * closing, the level it was escalated to and its 挂牌督办. No title, description or person.
 * <p>
 * One shape for the three envelopes that carry a hazard: {@code hazard.status} from the
 * installation it lives at (the origin is the sending peer), {@code hazard.reported} (the
 * report only: version −1, status reported) and {@code hazard.relayed}, what a middle
 * installation forwards (the origin named in the body). {@code supervisionKnown} is false
 * for a state of a release before 督办 travelled: it leaves the 督办 kept as it was.
 * {@code doneAt} is when it stopped counting as open there (first verified or closed;
 * null while open, or from a release before it travelled), for the weekly chart above
 * (ADR 0075).
 */
record MirroredState(String origin, String originName, String originRegion, long hazardId, String number, long schoolId,
		String schoolName, String regionCode, String category, String grade, OffsetDateTime foundAt, String status,
		LocalDate deadline, OffsetDateTime closedAt, long version, String escalation, boolean supervisionKnown,
		Supervision supervision, OffsetDateTime doneAt) {

	/**
	 * 挂牌督办 as sent: the supervising bureau's level and region, notice, deadline,
	 * acceptance, the date acceptance is due by and the 约谈 (null from a release before
	 * they travelled, ADR 0075).
	 */
	record Supervision(String level, String bureauRegion, String noticeNo, LocalDate deadline,
			OffsetDateTime acceptedAt, LocalDate acceptanceDue, OffsetDateTime summonedAt) {
	}

	/** The version of a hazard known only by its report (no state yet). */
	static final long REPORT_ONLY = -1;

	/** An installation id as peers name themselves in signed requests. */
	static boolean isInstallation(String id) {
		return id != null && id.matches("[A-Za-z0-9._-]{1,40}");
	}

	/** A hazard's state here, to send up (it lives here: no origin in the body). */
	static MirroredState of(HazardStatusChanged state, String schoolName) {
		HazardStatusChanged.Supervision s = state.supervision();
		return new MirroredState(null, null, null, state.hazardId(), state.number(), state.schoolId(), schoolName,
				state.regionCode(), state.category().name(),
				state.gradeKnown() == null ? null : state.gradeKnown().name(), state.foundAt(), state.status().name(),
				state.deadline(), state.closedAt(), state.version(), state.escalation().name(), true,
				s == null ? null : new Supervision(s.bureauLevel().name(), s.bureauRegion(), s.noticeNo(), s.deadline(),
						s.acceptedAt(), s.acceptanceDue(), s.summonedAt()),
				state.doneAt());
	}

	/**
	 * The envelope's body: the hazard's facts and state, and where it lives when
	 * {@code withOrigin} (forwarded).
	 */
	Map<String, Object> body(boolean withOrigin) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (withOrigin) {
			body.put("origin", origin);
			body.put("originName", originName);
			body.put("originRegion", originRegion);
		}
		body.put("hazardId", hazardId);
		body.put("number", number);
		body.put("schoolId", schoolId);
		body.put("schoolName", schoolName);
		body.put("regionCode", regionCode);
		body.put("category", category);
		body.put("foundAt", foundAt.toString());
		body.put("status", status);
		body.put("grade", grade);
		body.put("deadline", text(deadline));
		body.put("closedAt", text(closedAt));
		body.put("version", version);
		body.put("escalation", escalation);
		if (supervision == null) {
			body.put("supervision", null);
		}
		else {
			Map<String, Object> listed = new LinkedHashMap<>();
			listed.put("level", supervision.level());
			listed.put("bureauRegion", supervision.bureauRegion());
			listed.put("noticeNo", supervision.noticeNo());
			listed.put("deadline", text(supervision.deadline()));
			listed.put("acceptedAt", text(supervision.acceptedAt()));
			listed.put("acceptanceDue", text(supervision.acceptanceDue()));
			listed.put("summonedAt", text(supervision.summonedAt()));
			body.put("supervision", listed);
		}
		body.put("doneAt", text(doneAt));
		return body;
	}

	/**
	 * A state or a forwarded hazard as sent, living at {@code origin}; empty when it
	 * lacks what a state needs or holds what the mirror cannot keep (it is parked then).
	 */
	static Optional<MirroredState> parse(JsonNode body, String origin, String originName, String originRegion,
			long lowestVersion) {
		try {
			String status = text(body, "status");
			long version = body.path("version").asLong(Long.MIN_VALUE);
			String found = text(body, "foundAt");
			if (status == null || status.length() > 30 || version < lowestVersion || found == null
					|| body.path("hazardId").asLong(0) <= 0) {
				return Optional.empty();
			}
			JsonNode listed = body.path("supervision");
			Supervision supervision = listed.isObject() ? new Supervision(code(listed, "level"),
					region(text(listed, "bureauRegion")), cut(text(listed, "noticeNo"), 60),
					date(text(listed, "deadline")), time(text(listed, "acceptedAt")),
					date(text(listed, "acceptanceDue")), time(text(listed, "summonedAt"))) : null;
			if (supervision != null && supervision.level() == null) {
				return Optional.empty();
			}
			if (originRegion == null) {
				return Optional.empty();
			}
			return Optional.of(new MirroredState(origin, cut(originName == null ? origin : originName, 60),
					region(originRegion), body.path("hazardId").asLong(0), cut(body.path("number").asString(""), 20),
					body.path("schoolId").asLong(0), cut(body.path("schoolName").asString(""), 100),
					region(body.path("regionCode").asString("")), cut(body.path("category").asString(""), 30),
					code(body, "grade"), OffsetDateTime.parse(found), status, date(text(body, "deadline")),
					time(text(body, "closedAt")), version, code(body, "escalation"), body.has("supervision"),
					supervision, time(text(body, "doneAt"))));
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** A report as sent ({@code hazard.reported}): facts only, no state yet. */
	static Optional<MirroredState> reported(JsonNode body, Peers.Peer from) {
		if (body.path("hazardId").asLong(0) <= 0) {
			return Optional.empty();
		}
		try {
			return Optional.of(new MirroredState(from.installation(), from.name(), from.regionCode(),
					body.path("hazardId").asLong(0), cut(body.path("number").asString(""), 20),
					body.path("schoolId").asLong(0), cut(body.path("schoolName").asString(""), 100),
					region(body.path("regionCode").asString("")), cut(body.path("category").asString(""), 30),
					code(body, "grade"), OffsetDateTime.parse(body.path("reportedAt").asString("")), "REPORTED", null,
					null, REPORT_ONLY, null, false, null, null));
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** A field's text, null when missing or null. */
	/**
	 * When a count or score was counted where it comes from (ISO time), checked; null for
	 * one of the release before, which sent none.
	 */
	static String countedAt(JsonNode body) {
		String counted = text(body, "countedAt");
		try {
			if (counted != null) {
				java.time.OffsetDateTime.parse(counted);
			}
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("countedAt", ex);
		}
		return counted;
	}

	static String text(JsonNode body, String field) {
		JsonNode node = body.path(field);
		return node.isMissingNode() || node.isNull() ? null : node.asString(null);
	}

	/** A code (grade, level, escalation) of at most 20 characters; null when missing. */
	private static String code(JsonNode body, String field) {
		String code = text(body, field);
		if (code != null && code.length() > 20) {
			throw new IllegalArgumentException(field);
		}
		return code;
	}

	private static String region(String code) {
		if (code != null && !RegionCode.isValid(code)) {
			throw new IllegalArgumentException("region");
		}
		return code;
	}

	private static String cut(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

	private static LocalDate date(String text) {
		return text == null ? null : LocalDate.parse(text);
	}

	private static OffsetDateTime time(String text) {
		return text == null ? null : OffsetDateTime.parse(text);
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

}
