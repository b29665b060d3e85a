package cn.xiaoan.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.Page;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.ExcelExport;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail for auditors: pages and the Excel export of the filtered entries,
 * always within the caller's scope (a region or school outside it is not found).
 */
@Service
@Transactional(readOnly = true)
class AuditLog {

	/** An export beyond this many entries asks for a narrower period first. */
	static final int EXPORT_LIMIT = 50_000;

	private static final String SELECT = """
			select e.id, e.at, e.account_id, e.username, e.display_name, e.role, e.ip, e.action, e.entity_type,
			       e.entity_id, e.region_code, e.school_id, cast(e.before as text), cast(e.after as text)
			from audit.entry e""";

	private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final OrgManagement org;

	private final AuditLabels labels;

	private final java.time.Clock clock;

	private final AuditObjects objects;

	AuditLog(JdbcClient jdbc, ObjectMapper json, OrgManagement org, AuditLabels labels, java.time.Clock clock,
			AuditObjects objects) {
		this.objects = objects;
		this.jdbc = jdbc;
		this.json = json;
		this.org = org;
		this.labels = labels;
		this.clock = clock;
	}

	/** One page of entries, newest first. */
	Page<AuditRow> page(AuditQuery query, Locale locale) {
		CurrentUser caller = checked(query);
		Map<String, Object> params = query.params(caller.scope());
		long total = jdbc.sql("select count(*) from audit.entry e" + AuditQuery.WHERE)
			.params(params)
			.query(Long.class)
			.single();
		List<AuditEntry> entries = jdbc
			.sql(SELECT + AuditQuery.WHERE + " order by e.at desc, e.id desc limit :n offset :o")
			.params(params)
			.param("n", AuditQuery.PAGE_SIZE)
			.param("o", (long) query.page() * AuditQuery.PAGE_SIZE)
			.query(this::entry)
			.list();
		return new Page<>(rows(entries, locale), total, query.page(), AuditQuery.PAGE_SIZE);
	}

	/**
	 * Every filtered entry (up to {@link #EXPORT_LIMIT}), newest first; read before the
	 * download starts, so a refusal still answers with its status.
	 */
	List<AuditRow> exportRows(AuditQuery query, Locale locale) {
		CurrentUser caller = checked(query);
		return rows(jdbc.sql(SELECT + AuditQuery.WHERE + " order by e.at desc, e.id desc limit :n")
			.params(query.params(caller.scope()))
			.param("n", EXPORT_LIMIT)
			.query(this::entry)
			.list(), locale);
	}

	/** The rows as a workbook, times in the installation's zone. */
	void write(List<AuditRow> rows, Locale locale, OutputStream out) throws IOException {
		DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
		ZoneId zone = clock.getZone();
		List<String> headers = List
			.of("audit.at", "audit.actor", "audit.username", "audit.role", "audit.action", "audit.entity", "audit.ref",
					"audit.unit", "audit.changes", "audit.ip", "audit.actor.unit")
			.stream()
			.map(k -> labels.text(k, locale))
			.toList();
		ExcelExport.write(out, labels.text("audit.title", locale), headers, rows,
				r -> List.of(time.format(r.at().atZoneSameInstant(zone)), r.actor(), r.username(), r.role(), r.action(),
						r.entity(), r.entityRef(), r.unit(), changes(r, locale), r.ip(), r.actorUnit()));
	}

	/**
	 * The caller may read the trail, and the region or school asked for lies in the
	 * scope.
	 */
	private CurrentUser checked(AuditQuery query) {
		CurrentUser caller = Callers.current().require(Permission.AUDIT_READ);
		if (query.region() != null
				&& (!RegionCode.isValid(query.region()) || !caller.scope().coversRegion(query.region()))) {
			throw new NotFound("region", query.region());
		}
		if (query.schoolId() != null) {
			org.school(query.schoolId());
		}
		return caller;
	}

	private String changes(AuditRow row, Locale locale) {
		return row.changes()
			.stream()
			.map(c -> c.field() + labels.text("audit.colon", locale) + (c.before().isEmpty() ? "—" : c.before()) + " → "
					+ (c.after().isEmpty() ? "—" : c.after()))
			.collect(Collectors.joining("\n"));
	}

	private List<AuditRow> rows(List<AuditEntry> entries, Locale locale) {
		AuditObjects.Names names = objects.names(entries);
		CurrentUser viewer = Callers.current();
		return entries.stream().map(e -> labels.row(e, names, AuditObjects.link(e, viewer), locale)).toList();
	}

	private AuditEntry entry(ResultSet rs, int n) throws SQLException {
		return new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), (Long) rs.getObject(3),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
				rs.getString(10), rs.getString(11), (Long) rs.getObject(12), fields(rs.getString(13)),
				fields(rs.getString(14)));
	}

	private Map<String, Object> fields(String text) {
		return text == null ? Map.of() : json.readValue(text, FIELDS);
	}

}
