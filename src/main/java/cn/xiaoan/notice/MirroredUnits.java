package cn.xiaoan.notice;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import cn.xiaoan.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The units of an installation below mirrored into a bureau's notice
 * ({@link NoticeRelay#mirror}): each once, its reading only growing, its counters added
 * to the notice's and to those of its regions exactly once.
 */
@Component
class MirroredUnits {

	private final JdbcClient jdbc;

	MirroredUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void mirror(long noticeId, String source, String keySuffix, List<RelayedUnit> units) {
		for (RelayedUnit u : units) {
			if (u.unitKey() == null || !u.unitKey().matches("[SR]:\\d{1,20}") || !RegionCode.isValid(u.regionCode())
					|| local(noticeId, u)) {
				continue;
			}
			mirrorOne(noticeId, source, u.unitKey() + "@" + keySuffix, u);
		}
	}

	/** A bureau below that this notice also addressed here (its account here). */
	private boolean local(long noticeId, RelayedUnit u) {
		return u.unitKey().startsWith("R:") && jdbc
			.sql("select count(*) from notice.unit where notice_id = :id and unit_key = :k and source is null")
			.param("id", noticeId)
			.param("k", "R:" + u.regionCode())
			.query(Long.class)
			.single() > 0;
	}

	private void mirrorOne(long noticeId, String source, String key, RelayedUnit u) {
		Optional<int[]> old = jdbc
			.sql("select readers, case when read_at is null then 0 else 1 end from notice.unit"
					+ " where notice_id = :id and unit_key = :k for update")
			.param("id", noticeId)
			.param("k", key)
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.optional();
		int oldReaders = old.map(o -> o[0]).orElse(0);
		boolean wasRead = old.map(o -> o[1] == 1).orElse(false);
		int readers = Math.max(oldReaders, Math.max(0, u.readers()));
		boolean read = wasRead || u.readAt() != null;
		String name = u.name() == null ? "" : u.name().length() > 100 ? u.name().substring(0, 100) : u.name();
		jdbc.sql("""
				insert into notice.unit (notice_id, unit_key, region_code, name, readers, read_at, source)
				values (:id, :k, :region, :name, :readers, :at, :source)
				on conflict (notice_id, unit_key) do update set name = excluded.name, readers = excluded.readers,
				  read_at = coalesce(notice.unit.read_at, excluded.read_at)""")
			.param("id", noticeId)
			.param("k", key)
			.param("region", u.regionCode())
			.param("name", name)
			.param("readers", readers)
			.param("at", u.readAt() == null ? null : Timestamp.from(u.readAt()))
			.param("source", source.length() > 60 ? source.substring(0, 60) : source)
			.update();
		int newUnit = old.isEmpty() ? 1 : 0;
		int newRead = read && !wasRead ? 1 : 0;
		jdbc.sql("""
				update notice.notice set unit_count = unit_count + :u, read_unit_count = read_unit_count + :r,
				       reader_count = reader_count + :p where id = :id""")
			.param("u", newUnit)
			.param("r", newRead)
			.param("p", readers - oldReaders)
			.param("id", noticeId)
			.update();
		if (newUnit + newRead > 0) {
			jdbc.sql("""
					insert into notice.tally (notice_id, prefix, parent_prefix, units, read_units)
					select :id, p.prefix, p.parent, :u, :r from (select cast(:region as varchar) code) t
					""" + RegionCode.prefixesOf("t.code") + """
					where p.prefix is not null
					on conflict (notice_id, prefix) do update set units = notice.tally.units + excluded.units,
					  read_units = notice.tally.read_units + excluded.read_units""")
				.param("id", noticeId)
				.param("u", newUnit)
				.param("r", newRead)
				.param("region", u.regionCode())
				.update();
		}
	}

}
