package cn.xiaoan.bullying;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A party's family — a guardian of a student the committee linked to a case, or that
 * student — follows the case from their own account and appeals to the county's bullying
 * office within the window from the day they were informed (ADR 0045). Anyone else is
 * told the case does not exist.
 */
@Service
@Transactional
public class BullyingFamilies {

	private final JdbcClient jdbc;

	private final PeopleManagement people;

	private final BullyingAccess access;

	private final BullyingReviews reviews;

	private final BullyingDeadlines deadlines;

	private final ApplicationEventPublisher events;

	BullyingFamilies(JdbcClient jdbc, PeopleManagement people, BullyingAccess access, BullyingReviews reviews,
			BullyingDeadlines deadlines, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.people = people;
		this.access = access;
		this.reviews = reviews;
		this.deadlines = deadlines;
		this.events = events;
	}

	/**
	 * The cases concerning the caller's children (a parent) or the caller (a student).
	 */
	@Transactional(readOnly = true)
	public List<FamilyCase> myCases() {
		List<Link> links = links();
		List<FamilyCase> cases = new ArrayList<>();
		for (Link link : links) {
			cases.add(read(link));
		}
		return cases;
	}

	/** One case concerning the caller's child; 404 for any other. */
	@Transactional(readOnly = true)
	public FamilyCase myCase(long caseId) {
		return read(link(caseId));
	}

	/**
	 * The family's own appeal: it reaches the county office as one the office recorded,
	 * from the child's side, dated today.
	 */
	public void appeal(long caseId, FamilyAppeal command) {
		Link link = link(caseId);
		CurrentUser caller = Callers.current();
		CaseRef ref = access.find(caseId);
		reviews.record(ref, new FileAppeal(link.side(), deadlines.today(), command.reason()), caller.displayName(),
				true);
		events.publishEvent(new EntityChanged("bullying_appeal", String.valueOf(caseId), "CREATE", ref.regionCode(),
				ref.schoolId(), Map.of(), Map.of("case", caseId, "side", link.side().name(), "family", true)));
	}

	private record Link(long caseId, Side side, String child) {
	}

	private List<Link> links() {
		Callers.current().require(Permission.SELF_SERVICE);
		List<Long> children = people.myStudents().stream().map(d -> d.student().id()).toList();
		if (children.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select p.case_id, p.side, p.student_name from bullying.party p
				join bullying.bullying_case c on c.id = p.case_id
				where p.student_id in (:ids) order by c.opened_at desc, p.case_id, p.student_id""")
			.param("ids", children)
			.query((rs, n) -> new Link(rs.getLong(1), Side.valueOf(rs.getString(2)), rs.getString(3)))
			.list();
	}

	private Link link(long caseId) {
		return links().stream()
			.filter(l -> l.caseId() == caseId)
			.findFirst()
			.orElseThrow(() -> new NotFound("bullying case", caseId));
	}

	private FamilyCase read(Link link) {
		LocalDate today = deadlines.today();
		var c = jdbc.sql("""
				select school_name, happened_on, victim_name, actor_names, state, decided_at is not null, is_bullying,
				  kind, severity from bullying.bullying_case where id = :c""")
			.param("c", link.caseId())
			.query((rs,
					n) -> new Object[] { rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
							rs.getString(4), CaseState.valueOf(rs.getString(5)), rs.getBoolean(6), rs.getObject(7),
							rs.getString(8), rs.getString(9) })
			.single();
		String others = CaseRow.initials(link.side() == Side.VICTIM ? (String) c[3] : (String) c[2]);
		List<MeasureKind> measures = jdbc.sql("select kind from bullying.measure where case_id = :c order by id")
			.param("c", link.caseId())
			.query((rs, n) -> MeasureKind.valueOf(rs.getString(1)))
			.list()
			.stream()
			.filter(m -> m.concerns() == link.side())
			.toList();
		var notice = jdbc
			.sql("select informed_at, appeal_until from bullying.family_notice where case_id = :c and side = :s")
			.param("c", link.caseId())
			.param("s", link.side().name())
			.query((rs, n) -> new Object[] { rs.getObject(1, OffsetDateTime.class), rs.getObject(2, LocalDate.class) })
			.optional()
			.orElse(new Object[] { null, null });
		FamilyCase.Appeal appeal = jdbc.sql("""
				select side, filed_on, answer_due, answered_at is not null, outcome, is_bullying, kind, severity
				from bullying.appeal where case_id = :c""")
			.param("c", link.caseId())
			.query((rs, n) -> new FamilyCase.Appeal(link.side().name().equals(rs.getString(1)),
					rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getBoolean(4),
					value(ReviewOutcome.class, rs.getString(5)), (Boolean) rs.getObject(6),
					value(BullyingKind.class, rs.getString(7)), value(Severity.class, rs.getString(8))))
			.optional()
			.orElse(null);
		CaseState state = (CaseState) c[4];
		LocalDate until = (LocalDate) notice[1];
		boolean mayAppeal = state == CaseState.DECIDED && appeal == null && until != null && !today.isAfter(until);
		return new FamilyCase(link.caseId(), (String) c[0], (LocalDate) c[1], link.child(), link.side(), others, state,
				(Boolean) c[5], (Boolean) c[6], value(BullyingKind.class, (String) c[7]),
				value(Severity.class, (String) c[8]), measures, (OffsetDateTime) notice[0], until, mayAppeal, appeal);
	}

	private static <E extends Enum<E>> E value(Class<E> type, String v) {
		return v == null ? null : Enum.valueOf(type, v);
	}

}
