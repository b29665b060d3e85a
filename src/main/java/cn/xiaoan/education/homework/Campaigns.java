package cn.xiaoan.education.homework;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.CampaignIssued;
import cn.xiaoan.education.IssueCampaign;
import cn.xiaoan.education.Stage;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns (专题活动): a bureau issues one to every school of its region (or to its classes
 * of the stages it targets), and the targeted schools hear of it
 * ({@link CampaignIssued}); a caller sees the campaigns that reach it (issued above or at
 * its level) and, for bureaus, those issued below it. Internal: other modules and the
 * pages go through {@code EducationManagement}.
 */
@Service
@Transactional(readOnly = true)
public class Campaigns {

	private static final String SELECT = """
			select c.id, c.title, c.description, l.code, l.title, c.region_code, c.issuer_name, c.starts_on, c.ends_on,
			       c.requires_parent, c.stages, c.from_above, c.closed, c.closed_at, c.close_reason
			from education.campaign c join education.lesson l on l.id = c.lesson_id""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	private final SchoolStructure structure;

	Campaigns(JdbcClient jdbc, ApplicationEventPublisher events, java.time.Clock clock, SchoolStructure structure) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.structure = structure;
	}

	@Transactional
	public Campaign issue(IssueCampaign command) {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_CAMPAIGN);
		RegionCode region = issuingRegion(caller, command.regionCode());
		Map<String, String> problems = new LinkedHashMap<>();
		if (command.title() == null || command.title().isBlank()) {
			problems.put("title", "campaign.title.required");
		}
		else if (command.title().length() > 100) {
			problems.put("title", "campaign.title.long");
		}
		if (command.description() != null && command.description().length() > 2000) {
			problems.put("description", "campaign.description.long");
		}
		LessonRef lesson = LessonRef.byCode(jdbc, command.lessonCode());
		if (lesson == null) {
			problems.put("lessonCode", "campaign.lesson.unknown");
		}
		if (command.startsOn() == null) {
			problems.put("startsOn", "campaign.date.required");
		}
		if (command.endsOn() == null) {
			problems.put("endsOn", "campaign.date.required");
		}
		else if (command.startsOn() != null && command.endsOn().isBefore(command.startsOn())) {
			problems.put("endsOn", "campaign.ends.before");
		}
		else if (command.endsOn().isBefore(LocalDate.now(clock))) {
			problems.put("endsOn", "campaign.ends.past");
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleViolation(problems);
		}
		long id = jdbc.sql("""
				insert into education.campaign (title, description, lesson_id, region_code, issued_by, issuer_name,
				                                starts_on, ends_on, requires_parent, stages)
				values (:title, :description, :lesson, :region, :by, :name, :starts, :ends, :parent,
				        cast(:stages as varchar[])) returning id""")
			.param("title", command.title())
			.param("description", command.description())
			.param("lesson", lesson.id())
			.param("region", region.value())
			.param("by", caller.accountId())
			.param("name", caller.displayName())
			.param("starts", command.startsOn())
			.param("ends", command.endsOn())
			.param("parent", command.requiresParent())
			.param("stages", Stage.parse(command.stages()).stream().map(Stage::name).sorted().toArray(String[]::new))
			.query(Long.class)
			.single();
		Campaign issued = campaign(id);
		List<Long> schools = targetedSchools(issued);
		events.publishEvent(new CampaignIssued(id, issued.title(), issued.issuerName(), issued.endsOn(), schools));
		events.publishEvent(EntityChanged.created("education.campaign", id, region.value(), null,
				Map.of("title", command.title(), "lesson", lesson.title(), "startsOn", command.startsOn().toString(),
						"endsOn", command.endsOn().toString())));
		return issued;
	}

	/**
	 * The schools a campaign targets here: those of its region with a class of a targeted
	 * stage, by id, as org's {@link SchoolStructure} answers it (ADR 0082).
	 */
	public List<Long> targetedSchools(Campaign campaign) {
		return structure.schoolsWithStages(RegionCode.of(campaign.regionCode()).prefix(),
				java.util.Arrays.asList(campaign.stageNames()));
	}

	/**
	 * The campaigns that reach the caller or, for a bureau, were issued within its
	 * region.
	 */
	public List<Campaign> campaigns() {
		return visible("", Map.of()).list();
	}

	/**
	 * One campaign, if it reaches the caller or was issued within the caller's region. A
	 * campaign outside the caller's reach is not found, as one that does not exist: the
	 * answer tells nobody which ids exist elsewhere (issue 9).
	 */
	public Campaign campaign(long id) {
		return visible(" and c.id = :id", Map.of("id", id)).optional().orElseThrow(() -> new NotFound("campaign", id));
	}

	/** The campaigns the caller sees, narrowed by {@code and} with its parameters. */
	private org.springframework.jdbc.core.simple.JdbcClient.MappedQuerySpec<Campaign> visible(String and,
			Map<String, ?> params) {
		CurrentUser caller = Callers.current();
		// those who issue, assign or follow campaigns; not students, parents, guards, nor
		// a
		// partner without the education statistics (issue 9)
		if (!caller.can(Permission.EDUCATION_STATS) && !caller.can(Permission.EDUCATION_CAMPAIGN)
				&& !caller.can(Permission.EDUCATION_ASSIGN)) {
			throw new AccessDenied("campaigns are read by those who issue, assign or follow them");
		}
		String below = caller.scope().kind() == DataScope.Kind.REGION ? caller.scope().regionPrefix()
				: caller.scope().kind() == DataScope.Kind.ALL ? "" : null;
		return jdbc
			.sql(SELECT + " " + """
					where (cast(:reach as varchar) like education.region_prefix(c.region_code) || '%'
					   or c.region_code like cast(:below as varchar) || '%')""" + and
					+ " order by c.starts_on desc, c.id desc")
			.param("reach", reach(caller))
			.param("below", below)
			.params(params)
			.query((rs, n) -> campaign(rs));
	}

	/**
	 * Where the caller stands, which campaigns must cover: a school's region code, a
	 * bureau's region prefix (a campaign covers it when its own prefix starts it); null
	 * for students and parents (they see homework, not campaigns).
	 */
	private static String reach(CurrentUser caller) {
		DataScope.Kind kind = caller.scope().kind();
		return kind == DataScope.Kind.REGION || kind == DataScope.Kind.SCHOOL ? caller.scope().homeRegion() : null;
	}

	private RegionCode issuingRegion(CurrentUser caller, String requested) {
		DataScope scope = caller.scope();
		if (scope.kind() == DataScope.Kind.REGION) {
			RegionCode own = RegionCode.fromPrefix(scope.regionPrefix());
			if (requested != null && !requested.isBlank() && !requested.equals(own.value())) {
				throw new AccessDenied("a bureau issues campaigns to its own region only");
			}
			return own;
		}
		if (scope.kind() == DataScope.Kind.ALL) {
			if (requested == null || !RegionCode.isValid(requested)) {
				throw new BusinessRuleViolation("regionCode", "campaign.region.required");
			}
			return RegionCode.of(requested);
		}
		throw new AccessDenied("only bureaus issue campaigns");
	}

	private static Campaign campaign(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Campaign(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
				rs.getBoolean(10), Stage.parse(java.util.Arrays.asList((String[]) rs.getArray(11).getArray())),
				rs.getString(12), Campaign.Closing.of(rs.getString(13),
						rs.getObject(14, java.time.OffsetDateTime.class), rs.getString(15)));
	}

}
