package cn.xiaoan.bullying;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.xiaoan.file.Files;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.PersonalDataRevealed;
import cn.xiaoan.shared.SchoolPeriod;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading cases. The file (names, statements, evidence) only for the committee of the
 * school and the county office, each read audited as a reveal before the data leaves;
 * lists show students by initials, to the committee, the office and the bureaus that see
 * counts (ADR 0036).
 */
@Service
@Transactional(readOnly = true)
public class BullyingCases {

	private static final String ROW = """
			select id, school_id, school_name, region_code, happened_on, victim_name, victim_grade, actor_names, kind,
			  severity, state, opened_at, decision_due, decided_at is not null, is_bullying
			from bullying.bullying_case c""";

	private static final String ORDER = " order by state = 'CLOSED', decision_due, id desc limit 500";

	private final JdbcClient jdbc;

	private final BullyingAccess access;

	private final BullyingDeadlines deadlines;

	private final CaseFileReader reader;

	private final Files files;

	private final ApplicationEventPublisher events;

	private final OrgManagement org;

	BullyingCases(JdbcClient jdbc, BullyingAccess access, BullyingDeadlines deadlines, CaseFileReader reader,
			Files files, ApplicationEventPublisher events, OrgManagement org) {
		this.jdbc = jdbc;
		this.org = org;
		this.access = access;
		this.deadlines = deadlines;
		this.reader = reader;
		this.files = files;
		this.events = events;
	}

	/** A case's file, for the committee and the county office; the read is audited. */
	public CaseFile file(long id) {
		return file(id, "case file");
	}

	CaseFile file(long id, String purpose) {
		CurrentUser caller = Callers.current().require(BullyingPermissions.BULLYING_HANDLE);
		CaseRef ref = access.visible(caller, id);
		reveal(ref, List.of("names", "statements", "evidence"), purpose);
		return reader.read(id, deadlines.today(), access.onCommittee(caller, ref.schoolId()),
				access.inOffice(caller, ref.regionCode()));
	}

	/**
	 * An evidence photo, for the committee and the county office; the read is audited.
	 */
	public Files.Download evidence(long caseId, long evidenceId) {
		CurrentUser caller = Callers.current().require(BullyingPermissions.BULLYING_HANDLE);
		CaseRef ref = access.visible(caller, caseId);
		UUID file = jdbc.sql("select file_id from bullying.evidence where id = :e and case_id = :c")
			.param("e", evidenceId)
			.param("c", caseId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFound("evidence", evidenceId));
		reveal(ref, List.of("evidence"), "evidence " + evidenceId);
		return files.readConfidential(file);
	}

	/**
	 * The cases the caller may list: the committee its school's, the office its county's
	 * (both may open them), a bureau with counts its region's (not openable).
	 */
	public List<CaseRow> list() {
		CurrentUser caller = Callers.current();
		LocalDate today = deadlines.today();
		if (caller.atOneSchool() && caller.scope().schoolId() != null
				&& access.onCommittee(caller, caller.scope().schoolId())) {
			return rows(" where school_id = :s" + ORDER, Map.of("s", caller.scope().schoolId()), true, today);
		}
		var county = access.officeCounty(caller);
		if (county.isPresent()) {
			return rows(" where region_code like :p || '%'" + ORDER, Map.of("p", county.get()), true, today);
		}
		caller.require(BullyingPermissions.BULLYING_COUNTS);
		if (caller.atOneSchool()) {
			throw new AccessDenied("a school's cases are its committee's");
		}
		return rows(" where region_code like :p || '%'" + ORDER, Map.of("p", caller.scope().sqlRegionPrefix()), false,
				today);
	}

	/**
	 * The cases of one school that the assessment's 欺凌事件按时处置率 counts for a span of days
	 * ({@link BullyingFigures#DUE_IN_PERIOD}), those decided on time marked; students by
	 * initials, as every list. The committee of the school and its county's office may
	 * open them, a bureau that sees counts only lists them; a school outside the caller's
	 * scope is not found, and other staff of the school are refused.
	 */
	public DueCases dueInPeriod(long schoolId, LocalDate from, LocalDate to) {
		CurrentUser caller = Callers.current();
		SchoolSummary school = org.school(schoolId);
		boolean open = access.onCommittee(caller, schoolId) || access.inOffice(caller, school.regionCode());
		if (!open) {
			caller.require(BullyingPermissions.BULLYING_COUNTS);
			if (caller.atOneSchool()) {
				throw new AccessDenied("a school's cases are its committee's");
			}
		}
		SchoolPeriod filter = new SchoolPeriod(school.id(), school.name(), from, to);
		LocalDate today = deadlines.today();
		Map<String, Object> params = Map.of("s", schoolId, "from", filter.firstDay(), "to", filter.lastDay(), "today",
				today);
		String where = " where c.school_id = :s and " + BullyingFigures.DUE_IN_PERIOD;
		List<CaseRow> rows = rows(where + " order by c.opened_at, c.id", params, open, today);
		List<Long> onTime = jdbc
			.sql("select c.id from bullying.bullying_case c" + where + " and " + BullyingFigures.ON_TIME)
			.params(params)
			.query(Long.class)
			.list();
		return new DueCases(filter, rows, Set.copyOf(onTime));
	}

	private List<CaseRow> rows(String whereAndOrder, Map<String, Object> params, boolean open, LocalDate today) {
		return jdbc.sql(ROW + whereAndOrder).params(params).query((rs, n) -> {
			LocalDate due = rs.getObject(13, LocalDate.class);
			String kind = rs.getString(9);
			String severity = rs.getString(10);
			return new CaseRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), CaseRow.initials(rs.getString(6)), rs.getString(7),
					CaseRow.initials(rs.getString(8)), kind == null ? null : BullyingKind.valueOf(kind),
					severity == null ? null : Severity.valueOf(severity), CaseState.valueOf(rs.getString(11)),
					rs.getObject(12, OffsetDateTime.class).atZoneSameInstant(BullyingAccess.BEIJING).toLocalDate(), due,
					rs.getBoolean(14), (Boolean) rs.getObject(15), ChronoUnit.DAYS.between(today, due), open);
		}).list();
	}

	private void reveal(CaseRef ref, List<String> fields, String purpose) {
		events.publishEvent(new PersonalDataRevealed("bullying_case", String.valueOf(ref.id()), ref.regionCode(),
				ref.schoolId(), fields, purpose));
	}

}
