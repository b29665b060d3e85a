package cn.xiaoan.education.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.xiaoan.education.CampaignFromAbove;
import cn.xiaoan.education.LessonMedia;
import cn.xiaoan.file.Files;
import cn.xiaoan.file.StoredFile;
import cn.xiaoan.shared.BusinessRuleViolation;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lesson's videos and links going down with a campaign (四级联网): those the bureaus at or
 * above the campaign's region added, which its schools see above, so that the schools
 * below see them too; kept below once per installation and id they come from, read-only.
 * Internal: the exchange goes through {@code education.CampaignRelay}.
 */
@Service
@Transactional
public class LessonMediaRelay {

	private static final String HTTPS = "https://[^\\s\"'<>]{4,490}";

	private final JdbcClient jdbc;

	private final Files files;

	LessonMediaRelay(JdbcClient jdbc, Files files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	/** What goes down with a campaign: the media and the videos left out as too large. */
	public record Outgoing(List<CampaignFromAbove.Media> media, List<String> leftOut) {
	}

	/**
	 * The videos and links of a lesson that the schools of {@code regionCode} see (added
	 * at or above it, the shipped illustrations aside: every installation ships them); a
	 * video of more than {@code maxVideoBytes} is named in the left-out list instead.
	 */
	@Transactional(readOnly = true)
	public Outgoing forCampaign(long lessonId, String regionCode, long maxVideoBytes) {
		List<CampaignFromAbove.Media> media = new ArrayList<>();
		List<String> leftOut = new ArrayList<>();
		jdbc.sql("""
				select m.id, m.kind, m.title, m.src, m.file_id, m.added_name
				from education.lesson_media m
				where m.lesson_id = :lesson and m.region_code is not null and m.kind in ('VIDEO', 'LINK')
				  and cast(:region as varchar) like education.region_prefix(m.region_code) || '%'
				order by m.id""").param("lesson", lessonId).param("region", regionCode).query(rs -> {
			LessonMedia.Kind kind = LessonMedia.Kind.valueOf(rs.getString(2));
			UUID file = rs.getObject(5, UUID.class);
			if (file == null) {
				media.add(new CampaignFromAbove.Media(rs.getLong(1), kind, rs.getString(3), rs.getString(4), null, null,
						rs.getString(6)));
				return;
			}
			Files.Stream stream = files.openAttached(file);
			if (stream.file().sizeBytes() > maxVideoBytes) {
				leftOut.add(rs.getString(3));
				return;
			}
			try (InputStream in = stream.resource().getInputStream()) {
				media.add(new CampaignFromAbove.Media(rs.getLong(1), kind, rs.getString(3), null,
						stream.file().fileName(), in.readAllBytes(), rs.getString(6)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return new Outgoing(media, leftOut);
	}

	/**
	 * Keeps the media of a campaign received from {@code source} with the lesson here,
	 * for the schools of {@code regionCode}: each once (by {@code source} and its id
	 * there), a link only if it is https, a video only if it is one. Answers how many are
	 * kept now.
	 */
	public int receive(long lessonId, String regionCode, String source, List<CampaignFromAbove.Media> media) {
		int kept = 0;
		for (CampaignFromAbove.Media m : media) {
			if (m.title() == null || m.title().isBlank() || m.title().length() > 100
					|| known(lessonId, source, m.id())) {
				continue;
			}
			UUID file = null;
			if (m.kind() == LessonMedia.Kind.VIDEO) {
				file = m.video() == null ? null : video(m, regionCode);
				if (file == null) {
					continue;
				}
			}
			else if (m.kind() != LessonMedia.Kind.LINK || m.link() == null || !m.link().matches(HTTPS)) {
				continue;
			}
			kept += jdbc.sql("""
					insert into education.lesson_media (lesson_id, kind, title, src, file_id, region_code, added_name,
					       source, origin_id)
					values (:l, :k, :t, :s, :f, :r, :name, :source, :origin) on conflict do nothing""")
				.param("l", lessonId)
				.param("k", m.kind().name())
				.param("t", m.title().trim())
				.param("s", file == null ? m.link() : null)
				.param("f", file)
				.param("r", regionCode)
				.param("name", cut(m.addedName(), 50))
				.param("source", cut(source, 100))
				.param("origin", m.id())
				.update();
		}
		return kept;
	}

	private boolean known(long lessonId, String source, long origin) {
		return jdbc.sql("""
				select count(*) from education.lesson_media
				where lesson_id = :l and source = :source and origin_id = :origin""")
			.param("l", lessonId)
			.param("source", cut(source, 100))
			.param("origin", origin)
			.query(Long.class)
			.single() > 0;
	}

	/** The video stored here, or null when this installation does not take it as one. */
	private UUID video(CampaignFromAbove.Media m, String regionCode) {
		try {
			StoredFile stored = files.storeVideo("video", new ByteArrayResource(m.video()), m.video().length,
					m.fileName(), regionCode);
			return stored.id();
		}
		catch (BusinessRuleViolation refused) {
			return null;
		}
	}

	private static String cut(String s, int max) {
		String v = s == null ? "" : s.strip();
		return v.length() > max ? v.substring(0, max) : v;
	}

}
