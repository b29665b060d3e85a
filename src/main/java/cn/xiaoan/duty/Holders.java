package cn.xiaoan.duty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of the people holding posts and of their signatures. */
@Component
class Holders {

	private static final String SELECT = """
			select staff_id, school_id, region_code, name, hr_post, posts_edited, version, signed_version, signed_at
			from duty.holder""";

	private final JdbcClient jdbc;

	Holders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Holder> find(long staffId) {
		return jdbc.sql(SELECT + " where staff_id = :id")
			.param("id", staffId)
			.query((rs, n) -> row(rs, posts(List.of(staffId)).getOrDefault(staffId, Set.of())))
			.optional();
	}

	List<Holder> ofSchool(long schoolId) {
		List<Long> ids = jdbc.sql("select staff_id from duty.holder where school_id = :s")
			.param("s", schoolId)
			.query(Long.class)
			.list();
		Map<Long, Set<String>> posts = posts(ids);
		return jdbc.sql(SELECT + " where school_id = :s order by name, staff_id")
			.param("s", schoolId)
			.query((rs, n) -> row(rs, posts.getOrDefault(rs.getLong(1), Set.of())))
			.list();
	}

	/** Adds a staff member with no post yet, or renames one. */
	void upsert(long staffId, long schoolId, String regionCode, String name, String hrPost) {
		jdbc.sql("""
				insert into duty.holder (staff_id, school_id, region_code, name, hr_post) values (:id, :s, :r, :n, :h)
				on conflict (staff_id) do update set school_id = excluded.school_id, region_code = excluded.region_code,
				  name = excluded.name, hr_post = excluded.hr_post""")
			.param("id", staffId)
			.param("s", schoolId)
			.param("r", regionCode)
			.param("n", name)
			.param("h", hrPost)
			.update();
	}

	/**
	 * Adds or renames every staff member of a school at once (ids, names, staff posts in
	 * step).
	 */
	void upsertAll(long schoolId, String regionCode, List<Long> ids, List<String> names, List<String> hrPosts) {
		jdbc.sql("""
				insert into duty.holder (staff_id, school_id, region_code, name, hr_post)
				select id, :s, :r, name, hr from unnest(:ids, :names, :hrs) as t(id, name, hr)
				on conflict (staff_id) do update set school_id = excluded.school_id, region_code = excluded.region_code,
				  name = excluded.name, hr_post = excluded.hr_post""")
			.param("s", schoolId)
			.param("r", regionCode)
			.param("ids", ids.toArray(Long[]::new))
			.param("names", names.toArray(String[]::new))
			.param("hrs", hrPosts.toArray(String[]::new))
			.update();
	}

	/** Replaces the posts of several people at once, as defaults (not edited by hand). */
	void setDefaultPosts(Map<Long, Set<String>> posts) {
		if (posts.isEmpty()) {
			return;
		}
		Long[] ids = posts.keySet().toArray(Long[]::new);
		jdbc.sql("delete from duty.holder_post where staff_id = any(:ids)").param("ids", ids).update();
		List<Long> staff = new java.util.ArrayList<>();
		List<String> codes = new java.util.ArrayList<>();
		posts.forEach((id, set) -> set.forEach(code -> {
			staff.add(id);
			codes.add(code);
		}));
		jdbc.sql("insert into duty.holder_post (staff_id, post_code) select * from unnest(:ids, :codes)")
			.param("ids", staff.toArray(Long[]::new))
			.param("codes", codes.toArray(String[]::new))
			.update();
		jdbc.sql("update duty.holder set posts_edited = false where staff_id = any(:ids)").param("ids", ids).update();
	}

	/** Sets the versions of several lists at once. */
	void setVersions(Map<Long, String> versions) {
		if (versions.isEmpty()) {
			return;
		}
		jdbc.sql(
				"""
						update duty.holder h set version = t.v from unnest(:ids, :versions) as t(id, v) where h.staff_id = t.id""")
			.param("ids", versions.keySet().toArray(Long[]::new))
			.param("versions", versions.values().toArray(String[]::new))
			.update();
	}

	void setPosts(long staffId, Set<String> posts, boolean edited) {
		jdbc.sql("delete from duty.holder_post where staff_id = :id").param("id", staffId).update();
		for (String post : posts) {
			jdbc.sql("insert into duty.holder_post (staff_id, post_code) values (:id, :p)")
				.param("id", staffId)
				.param("p", post)
				.update();
		}
		jdbc.sql("update duty.holder set posts_edited = :e where staff_id = :id")
			.param("e", edited)
			.param("id", staffId)
			.update();
	}

	void setVersion(long staffId, String version) {
		jdbc.sql("update duty.holder set version = :v where staff_id = :id")
			.param("v", version)
			.param("id", staffId)
			.update();
	}

	long sign(Holder holder, SignatureImage image, OffsetDateTime at, String postNames) {
		long id = jdbc.sql("""
				insert into duty.signature (staff_id, school_id, version, signed_at, png, width, height, posts)
				values (:id, :s, :v, :at, :png, :w, :h, :posts) returning id""")
			.param("id", holder.staffId())
			.param("s", holder.schoolId())
			.param("v", holder.version())
			.param("at", at)
			.param("png", image.png())
			.param("w", image.width())
			.param("h", image.height())
			.param("posts", postNames.length() > 400 ? postNames.substring(0, 400) : postNames)
			.query(Long.class)
			.single();
		jdbc.sql("update duty.holder set signed_version = :v, signed_at = :at where staff_id = :id")
			.param("v", holder.version())
			.param("at", at)
			.param("id", holder.staffId())
			.update();
		return id;
	}

	/** The image of the person's last signature. */
	Optional<byte[]> lastSignature(long staffId) {
		return jdbc.sql("select png from duty.signature where staff_id = :id order by signed_at desc, id desc limit 1")
			.param("id", staffId)
			.query(byte[].class)
			.optional();
	}

	/** The last signature image of each of the school's staff. */
	Map<Long, byte[]> lastSignatures(long schoolId) {
		Map<Long, byte[]> images = new HashMap<>();
		jdbc.sql("""
				select distinct on (staff_id) staff_id, png from duty.signature where school_id = :s
				order by staff_id, signed_at desc, id desc""").param("s", schoolId).query(rs -> {
			images.put(rs.getLong(1), rs.getBytes(2));
		});
		return images;
	}

	private Map<Long, Set<String>> posts(List<Long> staffIds) {
		Map<Long, Set<String>> posts = new HashMap<>();
		if (staffIds.isEmpty()) {
			return posts;
		}
		jdbc.sql("select staff_id, post_code from duty.holder_post where staff_id = any(:ids)")
			.param("ids", staffIds.toArray(Long[]::new))
			.query(rs -> {
				posts.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
			});
		return posts;
	}

	private static Holder row(ResultSet rs, Set<String> posts) throws SQLException {
		return new Holder(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getObject(9, OffsetDateTime.class), posts);
	}

}
