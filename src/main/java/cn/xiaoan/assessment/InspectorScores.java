package cn.xiaoan.assessment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.xiaoan.file.Files;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.RegionCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspectors' scores (督学评分) of the inspected items, on site from a phone or online, each
 * with what was seen and optionally a photo as evidence. A later score of the same item,
 * school and period replaces the earlier one (the audit keeps both).
 */
@Service
@Transactional
public class InspectorScores {

	private final JdbcClient jdbc;

	private final AssessmentManagement schemes;

	private final OrgManagement org;

	private final Files files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InspectorScores(JdbcClient jdbc, AssessmentManagement schemes, OrgManagement org, Files files,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.schemes = schemes;
		this.org = org;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/** Scores an inspected item of a scheme the caller sees for a school in its scope. */
	public void score(long schemeId, ScoreItem command, byte[] photo, String photoName) {
		CurrentUser caller = Callers.current().require(AssessmentPermissions.MANAGE);
		SchemeView scheme = schemes.scheme(schemeId);
		SchemeView.IndicatorView indicator = scheme.indicators()
			.stream()
			.filter(i -> i.id() == command.indicatorId())
			.findFirst()
			.orElseThrow(() -> new BusinessRuleViolation("indicatorId", "assessment.score.indicator"));
		if (indicator.kind().computed()) {
			throw new BusinessRuleViolation("indicatorId", "assessment.score.computed");
		}
		if (command.points().doubleValue() > indicator.weight()) {
			throw new BusinessRuleViolation("points", "assessment.score.points.over", indicator.weight());
		}
		AssessmentPeriod period = AssessmentPeriod.of(command.period());
		SchoolSummary school = school(caller, scheme, command.schoolId());
		UUID photoId = photo == null || photo.length == 0 ? null
				: files.storePhoto("photo", photo, photoName, school.id(), school.regionCode()).id();
		jdbc.sql(
				"""
						insert into assessment.inspection_score (indicator_id, school_id, region_code, period_key, points, note,
						       photo_id, inspector_name, scored_at)
						values (:i, :s, :r, :p, :pts, :note, :photo, :by, :at)
						on conflict (indicator_id, school_id, period_key) do update set points = excluded.points,
						       note = excluded.note, photo_id = coalesce(excluded.photo_id, assessment.inspection_score.photo_id),
						       inspector_name = excluded.inspector_name, scored_at = excluded.scored_at""")
			.param("i", indicator.id())
			.param("s", school.id())
			.param("r", school.regionCode())
			.param("p", period.key())
			.param("pts", command.points())
			.param("note", command.note())
			.param("photo", photoId)
			.param("by", caller.displayName())
			.param("at", OffsetDateTime.now(clock))
			.update();
		events.publishEvent(EntityChanged.created("assessment_score", indicator.id() + "/" + school.id(),
				school.regionCode(), school.id(), Map.of("indicator", indicator.name(), "period", period.key(),
						"points", command.points(), "photo", photoId == null ? "" : photoId.toString())));
	}

	/**
	 * The inspected items' scores of a school for a scheme and period, in scheme order.
	 */
	@Transactional(readOnly = true)
	public List<ItemScore> of(long schemeId, long schoolId, AssessmentPeriod period) {
		SchemeView scheme = schemes.scheme(schemeId);
		school(Callers.current(), scheme, schoolId);
		return jdbc.sql("""
				select i.id, i.name, i.weight, s.points, s.note, s.photo_id, s.inspector_name, s.scored_at
				from assessment.indicator i
				left join assessment.inspection_score s on s.indicator_id = i.id and s.school_id = :school
				     and s.period_key = :period
				where i.scheme_id = :scheme and i.kind = 'INSPECTED' order by i.position, i.id""")
			.param("school", schoolId)
			.param("period", period.key())
			.param("scheme", schemeId)
			.query((rs, n) -> new ItemScore(rs.getLong(1), rs.getString(2), rs.getDouble(3),
					rs.getBigDecimal(4) == null ? null : rs.getDouble(4), rs.getString(5), (UUID) rs.getObject(6),
					rs.getString(7),
					rs.getObject(8, OffsetDateTime.class) == null ? null
							: rs.getObject(8, OffsetDateTime.class)
								.atZoneSameInstant(clock.getZone())
								.toLocalDateTime()
								.withSecond(0)
								.withNano(0)))
			.list();
	}

	/** A school of the caller's scope that the scheme covers; 404 otherwise. */
	SchoolSummary school(CurrentUser caller, SchemeView scheme, long schoolId) {
		SchoolSummary school = org.findSchool(schoolId).orElseThrow(() -> new NotFound("school", schoolId));
		if (!caller.scope().coversSchool(school.id(), school.regionCode())
				|| !RegionCode.of(scheme.regionCode()).contains(school.regionCode())) {
			throw new NotFound("school", schoolId);
		}
		return school;
	}

	/** An inspected item with its score (null: not scored yet). */
	public record ItemScore(long indicatorId, String name, double weight, Double points, String note, UUID photoId,
			String inspectorName, java.time.LocalDateTime scoredAt) {
	}

}
