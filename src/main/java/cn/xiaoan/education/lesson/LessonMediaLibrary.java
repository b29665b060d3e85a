package cn.xiaoan.education.lesson;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.xiaoan.education.LessonMedia;
import cn.xiaoan.file.Files;
import cn.xiaoan.file.StoredFile;
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
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pictures and videos of lessons. Everyone sees the shipped illustrations and what
 * the bureaus above them added; a bureau (or the system administrator, for everyone) adds
 * videos — an uploaded MP4/WebM or an https link — for the schools of its region and
 * removes its own. Internal: other modules and the pages go through
 * {@code EducationManagement}.
 */
@Service
@Transactional(readOnly = true)
public class LessonMediaLibrary {

	private final JdbcClient jdbc;

	private final Files files;

	private final ApplicationEventPublisher events;

	LessonMediaLibrary(JdbcClient jdbc, Files files, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.files = files;
		this.events = events;
	}

	/**
	 * The lesson's media the caller may see: shipped, and added at or above the caller's
	 * place.
	 */
	public List<LessonMedia> media(String lessonCode) {
		CurrentUser caller = Callers.current();
		String own = caller.scope().homeRegion();
		boolean all = caller.scope().kind() == DataScope.Kind.ALL;
		boolean editor = caller.can(Permission.EDUCATION_CAMPAIGN)
				&& (caller.scope().kind() == DataScope.Kind.REGION || all);
		String prefix = caller.scope().kind() == DataScope.Kind.REGION ? caller.scope().regionPrefix() : "";
		return jdbc.sql("""
				select m.id, m.kind, m.title, m.src, m.file_id, m.region_code, m.added_name, m.source
				from education.lesson_media m join education.lesson l on l.id = m.lesson_id
				where l.code = :code and (m.region_code is null or :all
				      or cast(:own as varchar) like education.region_prefix(m.region_code) || '%'
				      or (:bureau and m.region_code like cast(:below as varchar) || '%'))
				order by m.region_code is not null, m.id""")
			.param("code", lessonCode)
			.param("all", all)
			.param("own", own)
			.param("bureau", caller.scope().kind() == DataScope.Kind.REGION)
			.param("below", caller.scope().kind() == DataScope.Kind.REGION ? caller.scope().regionPrefix() : "-")
			.query((rs, n) -> {
				String region = rs.getString(6);
				String source = rs.getString(8);
				boolean removable = editor && source == null && region != null && region.startsWith(prefix);
				return new LessonMedia(rs.getLong(1), LessonMedia.Kind.valueOf(rs.getString(2)), rs.getString(3),
						rs.getString(4), rs.getObject(5, UUID.class), region, rs.getString(7), source, removable);
			})
			.list();
	}

	/**
	 * Adds an https link to a video for the caller's region; a wrong title and link are
	 * refused together.
	 */
	@Transactional
	public LessonMedia addLink(String lessonCode, String title, String url) {
		CurrentUser caller = editor();
		String clean = url == null ? "" : url.trim();
		Map<String, String> problems = new java.util.LinkedHashMap<>();
		String titleProblem = titleProblem(title);
		if (titleProblem != null) {
			problems.put("title", titleProblem);
		}
		if (!clean.matches("https://[^\\s\"'<>]{4,490}")) {
			problems.put("url", "media.url.invalid");
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleViolation(problems);
		}
		return insert(caller, lessonCode, LessonMedia.Kind.LINK, title, clean, null);
	}

	/** Uploads a video (MP4 or WebM) for the caller's region. */
	@Transactional
	public LessonMedia addVideo(String lessonCode, String title, InputStreamSource video, long size, String fileName) {
		CurrentUser caller = editor();
		checkTitle(title);
		long lesson = lessonId(lessonCode);
		StoredFile file = files.storeVideo("video", video, size, fileName, region(caller));
		return insert(caller, lessonCode, LessonMedia.Kind.VIDEO, title, null, file.id(), lesson);
	}

	/** Removes media the caller's bureau (or a bureau below it) added. */
	@Transactional
	public void remove(long id) {
		CurrentUser caller = editor();
		Map<String, Object> row = jdbc
			.sql("select coalesce(region_code, '-') as region, source from education.lesson_media where id = :id")
			.param("id", id)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFound("lesson media", id));
		String region = (String) row.get("region");
		if (row.get("source") != null) {
			throw new AccessDenied("lesson media " + id + " came down from the installation above: read-only here");
		}
		boolean mine = caller.scope().kind() == DataScope.Kind.ALL ? !region.equals("-")
				: region.startsWith(caller.scope().regionPrefix());
		if (!mine) {
			throw new AccessDenied("lesson media " + id + " was not added in the caller's region");
		}
		jdbc.sql("delete from education.lesson_media where id = :id").param("id", id).update();
		events.publishEvent(new EntityChanged("education.lesson_media", String.valueOf(id), "DELETE",
				region.equals("-") ? null : region, null, Map.of(), Map.of()));
	}

	private LessonMedia insert(CurrentUser caller, String lessonCode, LessonMedia.Kind kind, String title, String src,
			UUID fileId) {
		checkTitle(title);
		return insert(caller, lessonCode, kind, title, src, fileId, lessonId(lessonCode));
	}

	private LessonMedia insert(CurrentUser caller, String lessonCode, LessonMedia.Kind kind, String title, String src,
			UUID fileId, long lesson) {
		String region = region(caller);
		long id = jdbc
			.sql("""
					insert into education.lesson_media (lesson_id, kind, title, src, file_id, region_code, added_by, added_name)
					values (:l, :k, :t, :s, :f, :r, :by, :name) returning id""")
			.param("l", lesson)
			.param("k", kind.name())
			.param("t", title.trim())
			.param("s", src)
			.param("f", fileId)
			.param("r", region == null ? "" : region)
			.param("by", caller.accountId())
			.param("name", caller.displayName())
			.query(Long.class)
			.single();
		events.publishEvent(EntityChanged.created("education.lesson_media", id, region, null,
				Map.of("lesson",
						jdbc.sql("select title from education.lesson where id = :l")
							.param("l", lesson)
							.query(String.class)
							.single(),
						"kind", kind.name(), "title", title.trim())));
		return new LessonMedia(id, kind, title.trim(), src, fileId, region == null ? "" : region, caller.displayName(),
				null, true);
	}

	private static void checkTitle(String title) {
		String problem = titleProblem(title);
		if (problem != null) {
			throw new BusinessRuleViolation("title", problem);
		}
	}

	/** What is wrong with a media title (a message key), or null. */
	private static String titleProblem(String title) {
		if (title == null || title.isBlank()) {
			return "media.title.required";
		}
		return title.trim().length() > 100 ? "media.title.long" : null;
	}

	private long lessonId(String code) {
		return jdbc.sql("select id from education.lesson where code = :c")
			.param("c", code)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFound("lesson", code));
	}

	private static CurrentUser editor() {
		CurrentUser caller = Callers.current().require(Permission.EDUCATION_CAMPAIGN);
		if (caller.scope().kind() != DataScope.Kind.REGION && caller.scope().kind() != DataScope.Kind.ALL) {
			throw new AccessDenied("only bureaus add lesson media");
		}
		return caller;
	}

	/** The region media is added for: the bureau's, or '' (everyone) for the system. */
	private static String region(CurrentUser caller) {
		return caller.scope().kind() == DataScope.Kind.ALL ? ""
				: RegionCode.fromPrefix(caller.scope().regionPrefix()).value();
	}

}
