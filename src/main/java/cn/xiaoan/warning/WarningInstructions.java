package cn.xiaoan.warning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.xiaoan.file.Files;
import cn.xiaoan.file.StoredFile;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 县级工作要求: a city or county a warning passes through on its way down adds its own
 * instructions (text, an optional earlier deadline, an optional attachment) for its
 * schools. A school reads those of every bureau above it, from the top down; a bureau
 * those above it and below it, so the issuer sees which counties added what. Only a
 * bureau the warning reaches, strictly below the issuer, adds; any other caller's warning
 * is not found, a school is refused.
 */
@Service
public class WarningInstructions {

	private final JdbcClient jdbc;

	private final Warnings warnings;

	private final WarningManagement management;

	private final OrgManagement org;

	private final Files files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WarningInstructions(JdbcClient jdbc, Warnings warnings, WarningManagement management, OrgManagement org,
			Files files, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.warnings = warnings;
		this.management = management;
		this.org = org;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds the caller's bureau's instructions to a warning reaching its region; an
	 * attachment (an image of the document, as the file module keeps) is stored for the
	 * region, readable by its schools.
	 */
	@Transactional
	public Instruction add(long warningId, AddInstruction command, byte[] attachment, String attachmentName) {
		CurrentUser caller = Callers.current().require(WarningManagement.WARNING_ISSUE);
		if (caller.scope().kind() != DataScope.Kind.REGION) {
			throw new AccessDenied("instructions are added by the bureaus a warning passes");
		}
		String prefix = caller.scope().regionPrefix();
		Warnings.Header header = management.visible(caller, warningId);
		if (!warnings.reaches(warningId, prefix)) {
			throw new NotFound("warning", warningId);
		}
		Instant now = clock.instant();
		Map<String, String> errors = new LinkedHashMap<>();
		if (prefix.length() <= header.issuerPrefix().length()) {
			errors.put("text", "warning.instruction.notBelow");
		}
		if (command.text() == null || command.text().isBlank()) {
			errors.put("text", "warning.instruction.text.required");
		}
		else if (command.text().length() > 2000) {
			errors.put("text", "warning.instruction.text.tooLong");
		}
		Instant due = command.dueAt() == null ? null : command.dueAt().atZone(clock.getZone()).toInstant();
		if (due != null && (!due.isAfter(now) || !due.isBefore(validUntil(warningId)))) {
			errors.put("dueAt", "warning.instruction.due.range");
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors);
		}
		StoredFile file = attachment == null || attachment.length == 0 ? null
				: files.storePhoto("attachment", attachment, attachmentName, null, Warnings.regionOf(prefix));
		String unit = org.callerUnitName();
		long id = jdbc.sql("""
				insert into warning.instruction (warning_id, prefix, unit_name, text, due_at, file_id, file_name,
				       added_by, added_by_name, added_at)
				values (:w, :p, :unit, :text, :due, :file, :fileName, :by, :byName, :now) returning id""")
			.param("w", warningId)
			.param("p", prefix)
			.param("unit", unit)
			.param("text", command.text())
			.param("due", due == null ? null : java.sql.Timestamp.from(due))
			.param("file", file == null ? null : file.id())
			.param("fileName", file == null ? "" : file.fileName())
			.param("by", caller.accountId())
			.param("byName", caller.displayName())
			.param("now", java.sql.Timestamp.from(now))
			.query(Long.class)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("warning", warningId);
		after.put("text", command.text());
		if (due != null) {
			after.put("dueAt", due.toString());
		}
		if (file != null) {
			after.put("attachment", file.fileName());
		}
		events.publishEvent(EntityChanged.created("warning_instruction", id, Warnings.regionOf(prefix), null, after));
		return new Instruction(id, prefix, unit, command.text(), due, file == null ? null : file.id(),
				file == null ? "" : file.fileName(), caller.displayName(), now);
	}

	/**
	 * The instructions the caller sees under a warning, from the top down: a school those
	 * of the bureaus above it, a bureau those above and below its region.
	 */
	@Transactional(readOnly = true)
	public List<Instruction> of(long warningId) {
		CurrentUser caller = Callers.current().require(WarningManagement.WARNING_READ);
		management.visible(caller, warningId);
		DataScope scope = caller.scope();
		String select = """
				select id, prefix, unit_name, text, due_at, file_id, file_name, added_by_name, added_at
				from warning.instruction where warning_id = :w and""" + " ";
		String order = " order by length(prefix), prefix, added_at, id";
		return switch (scope.kind()) {
			case ALL -> jdbc.sql(select + "true" + order).param("w", warningId).query(this::row).list();
			case REGION -> jdbc.sql(select + "(:p like prefix || '%' or prefix like :p || '%')" + order)
				.param("w", warningId)
				.param("p", scope.regionPrefix())
				.query(this::row)
				.list();
			case SCHOOL -> jdbc.sql(select + """
					exists (select 1 from warning.target t where t.warning_id = :w and t.school_id = :s
					        and t.region_code like prefix || '%')""" + order)
				.param("w", warningId)
				.param("s", scope.schoolId())
				.query(this::row)
				.list();
			case SELF -> List.of();
		};
	}

	/**
	 * Whether the caller's bureau may add instructions to this warning (the form shows).
	 */
	@Transactional(readOnly = true)
	public boolean canAdd(long warningId) {
		CurrentUser caller = Callers.current();
		if (!caller.can(WarningManagement.WARNING_ISSUE) || caller.scope().kind() != DataScope.Kind.REGION) {
			return false;
		}
		String prefix = caller.scope().regionPrefix();
		return warnings.header(warningId).map(h -> prefix.length() > h.issuerPrefix().length()).orElse(false)
				&& warnings.reaches(warningId, prefix);
	}

	private Instant validUntil(long warningId) {
		return jdbc.sql("select valid_until from warning.warning where id = :w")
			.param("w", warningId)
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

	private Instruction row(ResultSet rs, int n) throws SQLException {
		OffsetDateTime due = rs.getObject(5, OffsetDateTime.class);
		return new Instruction(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				due == null ? null : due.toInstant(), rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8),
				rs.getObject(9, OffsetDateTime.class).toInstant());
	}

}
