package cn.xiaoan.education.homework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.CampaignFromAbove;
import cn.xiaoan.education.CampaignIssued;
import cn.xiaoan.education.Stage;
import cn.xiaoan.education.lesson.LessonMediaRelay;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.RegionCode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns between installations (ADR 0069): a campaign with its lesson and quiz as it
 * travels down, and one received from above kept as a campaign of its region here under
 * the upper bureau's name, issued to the targeted schools like a local one
 * ({@link CampaignIssued}). Internal: the exchange goes through
 * {@code education.CampaignRelay}, which checks the caller.
 */
@Service
@Transactional
public class RelayedCampaigns {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Campaigns campaigns;

	private final LessonMediaRelay media;

	private final long maxVideoBytes;

	RelayedCampaigns(JdbcClient jdbc, ApplicationEventPublisher events, Campaigns campaigns, LessonMediaRelay media,
			@Value("${xiaoan.exchange.attachment-max-bytes:8388608}") long maxVideoBytes) {
		this.jdbc = jdbc;
		this.events = events;
		this.campaigns = campaigns;
		this.media = media;
		this.maxVideoBytes = maxVideoBytes;
	}

	/**
	 * The campaign with its lesson, quiz and the lesson's videos and links its schools
	 * see here (a video larger than the exchange's attachment size named instead); empty
	 * when there is none or it was withdrawn or ended early. The row stays locked (for
	 * share) until the caller's transaction ends, so that a withdrawal or an early end
	 * made meanwhile waits and is then passed on after it, never lost before it (as a
	 * notice's, ADR 0067).
	 */
	public Optional<CampaignFromAbove> toRelay(long campaignId) {
		return jdbc.sql("""
				select c.id, c.region_code, c.issuer_name, c.title, c.description, c.starts_on, c.ends_on,
				       c.requires_parent, c.stages, c.lesson_id
				from education.campaign c where c.id = :id and c.closed is null for share""")
			.param("id", campaignId)
			.query((rs, n) -> {
				LessonMediaRelay.Outgoing outgoing = media.forCampaign(rs.getLong(10), rs.getString(2), maxVideoBytes);
				return new CampaignFromAbove(rs.getLong(1), rs.getString(2), rs.getString(3), "", rs.getString(4),
						rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
						rs.getBoolean(8), Arrays.asList((String[]) rs.getArray(9).getArray()), lesson(rs.getLong(10)),
						outgoing.media(), outgoing.leftOut());
			})
			.optional();
	}

	private CampaignFromAbove.LessonContent lesson(long id) {
		List<CampaignFromAbove.Question> quiz = jdbc.sql("""
				select type, text, options, answer, explanation from education.question
				where lesson_id = :id order by position""")
			.param("id", id)
			.query((rs, n) -> new CampaignFromAbove.Question(rs.getString(1), rs.getString(2),
					Arrays.asList((String[]) rs.getArray(3).getArray()),
					Arrays.asList((Integer[]) rs.getArray(4).getArray()), rs.getString(5)))
			.list();
		return jdbc.sql("select code, title, grade_band, minutes, content::text from education.lesson where id = :id")
			.param("id", id)
			.query((rs, n) -> new CampaignFromAbove.LessonContent(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getInt(4), rs.getString(5), quiz))
			.single();
	}

	/**
	 * Keeps a campaign from above as a campaign of {@code above.regionCode()} here and
	 * issues it to the targeted schools. Its lesson is the one of the same code here (the
	 * seed lessons every installation ships; students' attempts keep their meaning); a
	 * lesson this installation does not ship is stored from the envelope.
	 */
	public Campaign receive(CampaignFromAbove above) {
		LessonRef shipped = LessonRef.byCode(jdbc, above.lesson().code());
		long lesson = shipped != null ? shipped.id() : store(above.lesson());
		long id = jdbc.sql("""
				insert into education.campaign (title, description, lesson_id, region_code, issued_by, issuer_name,
				                                starts_on, ends_on, requires_parent, stages, from_above)
				values (:title, :description, :lesson, :region, 0, :name, :starts, :ends, :parent,
				        cast(:stages as varchar[]), :source) returning id""")
			.param("title", above.title())
			.param("description", above.description())
			.param("lesson", lesson)
			.param("region", above.regionCode())
			.param("name", above.issuerName())
			.param("starts", above.startsOn())
			.param("ends", above.endsOn())
			.param("parent", above.requiresParent())
			.param("stages", Stage.parse(above.stages()).stream().map(Stage::name).sorted().toArray(String[]::new))
			.param("source", above.source())
			.query(Long.class)
			.single();
		int mediaKept = media.receive(lesson, above.regionCode(), above.source(), above.media());
		Campaign received = campaigns.campaign(id);
		List<Long> schools = campaigns.targetedSchools(received);
		events
			.publishEvent(new CampaignIssued(id, received.title(), received.issuerName(), received.endsOn(), schools));
		events.publishEvent(EntityChanged.created("education.campaign", id, above.regionCode(), null,
				Map.of("title", above.title(), "lesson", above.lesson().title(), "from", above.source(), "startsOn",
						above.startsOn().toString(), "endsOn", above.endsOn().toString(), "media", mediaKept,
						"mediaLeftOut", above.mediaLeftOut())));
		return received;
	}

	private long store(CampaignFromAbove.LessonContent lesson) {
		long id = jdbc.sql("""
				insert into education.lesson (code, title, grade_band, minutes, content)
				values (:code, :title, :band, :minutes, cast(:content as jsonb)) returning id""")
			.param("code", lesson.code())
			.param("title", lesson.title())
			.param("band", lesson.gradeBand())
			.param("minutes", lesson.minutes())
			.param("content", lesson.content())
			.query(Long.class)
			.single();
		int position = 0;
		for (CampaignFromAbove.Question q : lesson.quiz()) {
			jdbc.sql("""
					insert into education.question (lesson_id, position, type, text, options, answer, explanation)
					values (:lesson, :position, :type, :text, :options, :answer, :explanation)""")
				.param("lesson", id)
				.param("position", position++)
				.param("type", q.type())
				.param("text", q.text())
				.param("options", q.options().toArray(String[]::new))
				.param("answer", q.answer().toArray(Integer[]::new))
				.param("explanation", q.explanation())
				.update();
		}
		return id;
	}

	/**
	 * The campaigns not yet ended whose region lies on the path of {@code regionCode}
	 * (above it or within it), for an installation below added later.
	 */
	@Transactional(readOnly = true)
	public List<Long> runningAlong(String regionCode, LocalDate today) {
		String prefix = RegionCode.of(regionCode).prefix();
		return new ArrayList<>(jdbc.sql("""
				select id from education.campaign
				where ends_on >= :today and closed is null and (:prefix like education.region_prefix(region_code) || '%'
				   or region_code like :prefix || '%') order by id""")
			.param("today", today)
			.param("prefix", prefix)
			.query(Long.class)
			.list());
	}

}
