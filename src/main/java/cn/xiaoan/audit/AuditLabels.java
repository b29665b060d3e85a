package cn.xiaoan.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the codes of an entry into what a page, an export or an API client shows: the
 * kind of entity and action in words, the role, field names and coded values (a status, a
 * category) by the owning module's own labels, so no enum name reaches an auditor.
 */
@Component
class AuditLabels {

	/** The kinds of entity the modules report, in the order the filter offers them. */
	static final List<String> KINDS = List.of("school", "grade", "class", "staff", "student", "account", "api_token",
			"policy", "risk_point", "risk_template", "campus_map", "risk_zone", "checklist_item", "inspection_plan",
			"inspection_task", "hazard", "hazard_plan", "hazard_supervision", "education.campaign",
			"education.homework", "education.lesson_media", "training_base", "training_course", "training_session",
			"training_booking", "school_facilities", "request", "audit_chain", "hazard_photo", "education.assignment",
			"region", "graduation", "school_year", "people.teaching_class", "student_transfer_request",
			"guardian_consent", "duty_signature", "duty_posts", "duty_grid_area", "duty_adaptation", "emergency_plan",
			"drill", "drill_problem", "drill_photo", "drill_reminder", "warning", "warning_acknowledgement", "meeting",
			"meeting_task", "care_pair", "care_flag", "care_visit", "care_counsellor", "opinion_case", "opinion_task",
			"opinion_statement", "accident", "accident_claim", "water", "water_photo", "patrol_schedule", "patrol_date",
			"patrol", "water_finding", "waters_training", "warning_instruction", "notice", "bullying_case",
			"bullying_statement", "bullying_evidence", "bullying_measure", "bullying_notice", "bullying_appeal",
			"bullying_follow_up", "bullying_committee", "bullying_office", "bullying_party", "schoolbus_vehicle",
			"schoolbus_driver", "schoolbus_escort", "schoolbus_route", "schoolbus_run", "schoolbus_permit",
			"schoolbus_calendar", "surroundings_venue", "surroundings_case", "surroundings_gate", "surroundings_post",
			"surroundings_checkin", "surroundings_check", "liaison_deputy", "liaison_duty", "liaison_clue",
			"liaison_clue_message", "liaison_station", "institution", "institution_inspection",
			"institution_rectification", "institution_ban", "institution_resettlement", "institution_list",
			"exchange_peer", "assessment_scheme", "assessment_indicator", "assessment_score", "assessment_interview",
			"analytics_report");

	static final List<String> ACTIONS = List.of("CREATE", "UPDATE", "DELETE", "IMPORT", "PASSWORD_CHANGE",
			"PASSWORD_RESET", "UNLOCK", "REVOKE", "LOGIN_SUCCESS", "LOGIN_BAD_CREDENTIALS", "LOGIN_LOCKED",
			"LOGIN_LOCKED_OUT", "REVEAL", "REFUSED", "REFUSED_MANY", "VERIFY", "LOGOUT", "REMIND", "PARENT_CONFIRM",
			"TRANSFER", "LOAD", "ENABLE", "DISABLE");

	private static final Set<String> ALARMING = Set.of("LOGIN_BAD_CREDENTIALS", "LOGIN_LOCKED", "LOGIN_LOCKED_OUT",
			"DELETE", "PASSWORD_RESET", "REVOKE", "REFUSED", "REFUSED_MANY");

	private final MessageSource messages;

	AuditLabels(MessageSource messages) {
		this.messages = messages;
	}

	AuditRow row(AuditEntry e, AuditObjects.Names names, String link, Locale locale) {
		String actor = !e.displayName().isBlank() ? e.displayName()
				: e.accountId() == null && "system".equals(e.username()) ? text("audit.actor.system", locale)
						: e.accountId() == null && e.username().isBlank() ? text("audit.actor.anonymous", locale)
								: e.username();
		String role = e.role().isBlank() ? "" : label(locale, e.role(), "role." + e.role());
		String actorUnit = e.accountId() == null ? "" : names.actorUnits().getOrDefault(e.accountId(), "");
		return new AuditRow(e.id(), e.at(), actor, e.username(), role, e.ip(), action(e.action(), locale),
				ALARMING.contains(e.action()), kind(e.entityType(), locale), reference(e, names, locale),
				names.unit(e.schoolId(), e.regionCode()), changes(e, names, locale), actorUnit, link);
	}

	String kind(String type, Locale locale) {
		return label(locale, text("audit.entity.other", locale), "audit.entity." + type);
	}

	String action(String action, Locale locale) {
		return label(locale, text("audit.action.other", locale), "audit.action." + action);
	}

	/**
	 * Which one: by its name or title; an account by its holder; a policy setting by its
	 * name; a code by its label; an object that never had a name by its number.
	 */
	private String reference(AuditEntry e, AuditObjects.Names names, Locale locale) {
		String id = e.entityId();
		String name = names.object(e.entityType(), id);
		if (name != null && !name.isBlank()) {
			return name;
		}
		if ("account".equals(e.entityType()) && id.equals(String.valueOf(e.accountId()))) {
			return e.displayName().isBlank() ? e.username() : e.displayName();
		}
		if ("policy".equals(e.entityType()) && id.contains("@")) {
			// SETTING@region: the region is the entry's unit already
			String setting = id.substring(0, id.indexOf('@'));
			return label(locale, setting, "policy." + setting);
		}
		return id.matches("\\d+") ? messages.getMessage("audit.ref.number", new Object[] { id }, locale)
				: label(locale, id, "audit.id." + id);
	}

	/**
	 * Every field whose value differs, in the order the module gave them; on creation the
	 * new values, on deletion the old ones.
	 */
	private List<AuditRow.Change> changes(AuditEntry e, AuditObjects.Names names, Locale locale) {
		Set<String> fields = new LinkedHashSet<>(e.before().keySet());
		fields.addAll(e.after().keySet());
		List<AuditRow.Change> changes = new ArrayList<>();
		for (String field : fields) {
			Object before = e.before().get(field);
			Object after = e.after().get(field);
			if (e.before().containsKey(field) && e.after().containsKey(field) && Objects.equals(before, after)) {
				continue;
			}
			String was = value(e.entityType(), field, before, names, locale);
			String is = value(e.entityType(), field, after, names, locale);
			if (!was.isEmpty() || !is.isEmpty()) {
				changes.add(new AuditRow.Change(field(e.entityType(), field, locale), was, is));
			}
		}
		return changes;
	}

	private String field(String type, String field, Locale locale) {
		return label(locale, field, "audit.field." + field, type.replace('_', '.') + "." + field);
	}

	/**
	 * A coded value (REPORTED, FIRE, true) in words: the trail's own label, else the
	 * owning module's label of that field ({@code hazard.status.REPORTED},
	 * {@code category.FIRE}); anything else as it was entered.
	 */
	private String value(String type, String field, Object value, AuditObjects.Names names, Locale locale) {
		if (value == null) {
			return "";
		}
		if (value instanceof Boolean b) {
			return text(b ? "common.yes" : "common.no", locale);
		}
		if (value instanceof Map<?, ?> note) {
			return note(note, locale);
		}
		if (value instanceof List<?> list) {
			// the fields a reveal showed, by their names; any other list item by item
			return list.stream()
				.map(n -> "fields".equals(field) ? field(type, String.valueOf(n), locale)
						: value(type, field, n, names, locale))
				.collect(java.util.stream.Collectors.joining(text("audit.list.separator", locale)));
		}
		String v = String.valueOf(value);
		if (AuditObjects.UNIT_FIELDS.contains(field) && !v.isBlank()) {
			// a region or school by its name, as everywhere else
			return names.unitNamed(field, v);
		}
		if (v.matches("[A-Z][A-Z0-9_]*(,[A-Z][A-Z0-9_]*)+")) {
			return value(type, field, List.of(v.split(",")), names, locale);
		}
		if (!v.matches("[A-Z][A-Z0-9_]*|[a-z]+")) {
			return v;
		}
		String module = type.split("[._]")[0];
		return label(locale, v, "audit.value." + field + "." + v, type.replace('_', '.') + "." + field + "." + v,
				module + "." + field + "." + v, field + "." + v, module + "." + v, "role." + v, "datakind." + v,
				"category." + v);
	}

	/**
	 * A note a module recorded as a message (key and arguments) or as free text, in
	 * words; any other structure as its values, never as braces.
	 */
	private String note(Map<?, ?> note, Locale locale) {
		Object key = note.get("key");
		if (key != null && !String.valueOf(key).isBlank()) {
			Object args = note.get("args");
			Object[] arguments = args instanceof List<?> list ? list.toArray() : new Object[0];
			String text = note.get("text") == null ? "" : String.valueOf(note.get("text"));
			return messages.getMessage(String.valueOf(key), arguments, text, locale);
		}
		if (note.containsKey("text")) {
			return note.get("text") == null ? "" : String.valueOf(note.get("text"));
		}
		return note.values()
			.stream()
			.filter(Objects::nonNull)
			.map(String::valueOf)
			.collect(java.util.stream.Collectors.joining(text("audit.list.separator", locale)));
	}

	Map<String, String> kinds(Locale locale) {
		Map<String, String> labels = new java.util.LinkedHashMap<>();
		KINDS.forEach(k -> labels.put(k, kind(k, locale)));
		return labels;
	}

	Map<String, String> actions(Locale locale) {
		Map<String, String> labels = new java.util.LinkedHashMap<>();
		ACTIONS.forEach(a -> labels.put(a, action(a, locale)));
		return labels;
	}

	String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private String label(Locale locale, String fallback, String... keys) {
		for (String key : keys) {
			String text = messages.getMessage(key, null, null, locale);
			if (text != null) {
				return text;
			}
		}
		return fallback;
	}

}
