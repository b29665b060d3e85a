package cn.xiaoan.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 约谈 and rectification orders (整改通知) for schools ranked low, tracked to done: the bureau
 * opens one with a reason and a deadline, the school's leaders reply with what was
 * rectified, the bureau accepts it or returns it for more. A bureau sees those of its
 * region, a school only its own; anything else answers 404. Every change publishes the
 * 约谈's whole state ({@link InterviewChanged}, versioned), and a bureau's page lists
 * beside its own those an installation below opened in its region
 * ({@link InterviewsElsewhere}, read-only; ADR 0077).
 */
@Service
@Transactional
public class Interviews {

	private static final String SELECT = """
			select v.id, v.scheme_id, s.name, v.period_key, v.school_id, v.school_name, v.region_code, v.reason,
			       v.deadline, v.status, v.reply, v.comment, v.opened_by_region, v.opened_by_name
			from assessment.interview v join assessment.scheme s on s.id = v.scheme_id""";

	private final JdbcClient jdbc;

	private final AssessmentManagement schemes;

	private final InspectorScores inspectors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final InterviewStates states;

	private final ObjectProvider<InterviewsElsewhere> elsewhere;

	Interviews(JdbcClient jdbc, AssessmentManagement schemes, InspectorScores inspectors,
			ApplicationEventPublisher events, Clock clock, InterviewStates states,
			ObjectProvider<InterviewsElsewhere> elsewhere) {
		this.jdbc = jdbc;
		this.schemes = schemes;
		this.inspectors = inspectors;
		this.events = events;
		this.clock = clock;
		this.states = states;
		this.elsewhere = elsewhere;
	}

	/** Opens a 约谈 of a school the scheme ranks; answers its id. */
	public long open(long schemeId, OpenInterview command) {
		CurrentUser caller = Callers.current().require(AssessmentPermissions.MANAGE);
		SchemeView scheme = schemes.scheme(schemeId);
		AssessmentPeriod period = AssessmentPeriod.of(command.period());
		SchoolSummary school = inspectors.school(caller, scheme, command.schoolId());
		if (command.deadline().isBefore(today())) {
			throw new BusinessRuleViolation("deadline", "assessment.interview.deadline.past");
		}
		long id = jdbc.sql("""
				insert into assessment.interview (scheme_id, period_key, school_id, region_code, school_name, reason,
				       deadline, status, opened_by_region, opened_by_name, opened_at)
				values (:s, :p, :school, :r, :name, :reason, :d, 'OPEN', :by, :byName, :at) returning id""")
			.param("s", schemeId)
			.param("p", period.key())
			.param("school", school.id())
			.param("r", school.regionCode())
			.param("name", school.name())
			.param("reason", command.reason())
			.param("d", command.deadline())
			.param("by", AssessmentManagement.body(caller))
			.param("byName", caller.displayName())
			.param("at", OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
		events.publishEvent(EntityChanged.created("assessment_interview", id, school.regionCode(), school.id(), Map
			.of("school", school.name(), "reason", command.reason(), "deadline", command.deadline().toString())));
		events.publishEvent(states.state(id));
		return id;
	}

	/** The school's reply: what it rectified. */
	public void reply(long id, String reply) {
		InterviewView interview = interview(id);
		CurrentUser caller = Callers.current();
		if (!caller.can(AssessmentPermissions.ANSWER) || !interview.status().awaitsReply()) {
			throw new AccessDenied("only the school's leaders reply, once per round");
		}
		if (reply == null || reply.isBlank()) {
			throw new BusinessRuleViolation("reply", "assessment.interview.reply.required");
		}
		if (reply.length() > 4000) {
			throw new BusinessRuleViolation("reply", "assessment.interview.reply.long");
		}
		change(interview, InterviewStatus.REPLIED, "reply = :text, replied_at = :at", reply.trim());
	}

	/**
	 * The bureau that opened it accepts the reply (done) or returns it with a comment.
	 */
	public void decide(long id, boolean accept, String comment) {
		InterviewView interview = interview(id);
		CurrentUser caller = Callers.current().require(AssessmentPermissions.MANAGE);
		if (interview.status() != InterviewStatus.REPLIED
				|| !interview.openedByRegion().equals(AssessmentManagement.body(caller))) {
			throw new AccessDenied("only the opening bureau decides on a reply");
		}
		String text = comment == null ? "" : comment.trim();
		if (!accept && text.isEmpty()) {
			throw new BusinessRuleViolation("comment", "assessment.interview.comment.required");
		}
		if (text.length() > 2000) {
			throw new BusinessRuleViolation("comment", "assessment.interview.comment.long");
		}
		change(interview, accept ? InterviewStatus.ACCEPTED : InterviewStatus.RETURNED,
				accept ? "comment = :text, closed_at = :at" : "comment = :text", text);
	}

	/**
	 * May the caller reply to this 约谈 now (its school's leaders, while a reply is owed)?
	 */
	@Transactional(readOnly = true)
	public boolean mayReply(long id) {
		return Callers.current().can(AssessmentPermissions.ANSWER) && interview(id).status().awaitsReply();
	}

	/** May the caller accept or return the reply now (the opening bureau)? */
	@Transactional(readOnly = true)
	public boolean mayDecide(long id) {
		CurrentUser caller = Callers.current();
		InterviewView view = interview(id);
		return caller.can(AssessmentPermissions.MANAGE) && view.status() == InterviewStatus.REPLIED
				&& caller.scope().kind() == DataScope.Kind.REGION
				&& view.openedByRegion().equals(AssessmentManagement.body(caller));
	}

	/** A 约谈 the caller may see. */
	@Transactional(readOnly = true)
	public InterviewView interview(long id) {
		CurrentUser caller = Callers.current();
		InterviewView view = jdbc.sql(SELECT + " where v.id = :id")
			.param("id", id)
			.query((rs, n) -> view(rs))
			.optional()
			.orElseThrow(() -> new NotFound("interview", id));
		boolean bureau = caller.can(AssessmentPermissions.MANAGE) && caller.scope().coversRegion(view.regionCode());
		boolean school = caller.can(AssessmentPermissions.ANSWER)
				&& caller.scope().coversSchool(view.schoolId(), view.regionCode());
		if (!bureau && !school) {
			throw new NotFound("interview", id);
		}
		return view;
	}

	/**
	 * Those of the caller's region (a bureau) or school (its leaders), open ones first.
	 */
	@Transactional(readOnly = true)
	public List<InterviewView> list() {
		CurrentUser caller = Callers.current();
		if (!caller.can(AssessmentPermissions.MANAGE) && !caller.can(AssessmentPermissions.ANSWER)) {
			throw new AccessDenied("assessment");
		}
		return jdbc
			.sql(SELECT + " where v.region_code like :prefix || '%'"
					+ " and (cast(:school as bigint) is null or v.school_id = :school)"
					+ " order by v.status = 'ACCEPTED', v.deadline, v.id")
			.param("prefix", caller.scope().sqlRegionPrefix())
			.param("school", caller.scope().sqlSchoolId())
			.query((rs, n) -> view(rs))
			.list();
	}

	/**
	 * The 约谈 page: this platform's 约谈 of the caller's region or school and, for a bureau,
	 * those the installations below opened in its region (read-only), both kept by the
	 * filter, with each filter's count over both.
	 */
	@Transactional(readOnly = true)
	public InterviewBoard board(InterviewFilter filter) {
		return InterviewBoard.of(filter, list(), below(), today());
	}

	/**
	 * The 约谈 of the installations below in a bureau's region; none for a school's leaders
	 * (those are this platform's schools only).
	 */
	private List<InterviewsElsewhere.Interview> below() {
		CurrentUser caller = Callers.current();
		DataScope.Kind kind = caller.scope().kind();
		if (!caller.can(AssessmentPermissions.MANAGE) || kind != DataScope.Kind.REGION && kind != DataScope.Kind.ALL) {
			return List.of();
		}
		List<InterviewsElsewhere.Interview> all = new ArrayList<>();
		elsewhere.orderedStream().forEach(e -> all.addAll(e.under(caller.scope().sqlRegionPrefix())));
		all.sort(Comparator.comparing((InterviewsElsewhere.Interview v) -> v.status() == InterviewStatus.ACCEPTED)
			.thenComparing(InterviewsElsewhere.Interview::deadline));
		return all;
	}

	private void change(InterviewView interview, InterviewStatus to, String set, String text) {
		jdbc.sql("update assessment.interview set status = :to, version = version + 1, " + set + " where id = :id")
			.param("to", to.name())
			.param("text", text)
			.param("at", OffsetDateTime.now(clock))
			.param("id", interview.id())
			.update();
		events.publishEvent(EntityChanged.updated("assessment_interview", interview.id(), interview.regionCode(),
				interview.schoolId(), Map.of("reply", interview.reply(), "comment", interview.comment()),
				Map.of(to == InterviewStatus.REPLIED ? "reply" : "comment", text)));
		events.publishEvent(states.state(interview.id()));
	}

	private InterviewView view(java.sql.ResultSet rs) throws java.sql.SQLException {
		LocalDate deadline = rs.getObject(9, LocalDate.class);
		InterviewStatus status = InterviewStatus.valueOf(rs.getString(10));
		return new InterviewView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
				rs.getString(6), rs.getString(7), rs.getString(8), deadline, status, rs.getString(11), rs.getString(12),
				rs.getString(13), rs.getString(14), status != InterviewStatus.ACCEPTED && deadline.isBefore(today()));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
