package cn.xiaoan.people.bulk;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demo's teaching assignments (任教班级), written without scope checks. */
@Component
public class TeachingClassBulkLoad {

	private final JdbcClient jdbc;

	TeachingClassBulkLoad(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The staff member signed in as {@code username} teaches the classes. */
	public void teach(String username, List<Long> classIds) {
		jdbc.sql("""
				insert into people.teaching_class (staff_id, class_id, school_id, region_code)
				select s.id, unnest(:c), s.school_id, s.region_code
				from people.staff s join people.account a on a.person_id = s.id and a.role not in ('STUDENT', 'PARENT')
				where a.username = :u on conflict do nothing""")
			.param("u", username)
			.param("c", classIds.toArray(Long[]::new))
			.update();
	}

}
