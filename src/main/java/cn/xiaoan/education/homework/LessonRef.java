package cn.xiaoan.education.homework;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A lesson as campaigns and homework refer to it: its id for the rows, its title for the
 * name and the audit trail (never its code).
 */
record LessonRef(long id, String title) {

	/** The lesson of {@code code}, or {@code null} when there is none. */
	static LessonRef byCode(JdbcClient jdbc, String code) {
		return code == null ? null
				: jdbc.sql("select id, title from education.lesson where code = :c")
					.param("c", code)
					.query((rs, n) -> new LessonRef(rs.getLong(1), rs.getString(2)))
					.optional()
					.orElse(null);
	}

}
