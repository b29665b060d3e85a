package cn.xiaoan.people;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom a message pushed outside the platform reaches: the ids of the enabled accounts
 * holding some roles at schools or at a bureau, and of a school's staff or a class's
 * students and parents — ids only (the gateway behind a
 * {@code notification.ReminderChannel} looks up numbers and addresses), so modules that
 * deliver warnings or notices never name people's tables. No caller scope: it runs in
 * listeners after the caller's own checked write.
 */
@Service
public class Recipients {

	private final JdbcClient jdbc;

	Recipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The accounts with one of the roles at any of the schools, in id order. */
	@Transactional(readOnly = true)
	public List<Long> atSchools(Collection<Long> schoolIds, Set<Role> roles) {
		if (schoolIds.isEmpty() || roles.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select a.id from people.account a
				where a.school_id = any(:s) and a.role = any(:r) and a.enabled order by a.id""")
			.param("s", schoolIds.toArray(Long[]::new))
			.param("r", roles.stream().map(Role::name).toArray(String[]::new))
			.query(Long.class)
			.list();
	}

	/** The accounts with one of the roles at the bureau of exactly this region. */
	@Transactional(readOnly = true)
	public List<Long> atBureau(RegionCode region, Set<Role> roles) {
		if (roles.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("""
					select a.id from people.account a
					where a.region_code = :region and a.school_id is null and a.role = any(:r) and a.enabled order by a.id""")
			.param("region", region.value())
			.param("r", roles.stream().map(Role::name).toArray(String[]::new))
			.query(Long.class)
			.list();
	}

	/**
	 * The enabled accounts of the staff leading any of the classes (the head teachers of
	 * those classes, whatever role the account holds), in id order.
	 */
	@Transactional(readOnly = true)
	public List<Long> headTeachersOf(Collection<Long> classIds) {
		if (classIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select a.id from people.account a join people.staff s on s.id = a.person_id
				where s.head_class_id = any(:c) and a.school_id = s.school_id
				  and a.role not in ('STUDENT', 'PARENT') and a.enabled order by a.id""")
			.param("c", classIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	/**
	 * The staff accounts of a school: every account there but a student's and a linked
	 * parent's, enabled or not (a notice to all staff reminds them all), in id order.
	 */
	@Transactional(readOnly = true)
	public List<Long> staffAccountsOf(long schoolId) {
		return jdbc.sql("""
				select a.id from people.account a
				where a.school_id = :s
				  and not exists (select 1 from people.student_account x where x.account_id = a.id)
				order by a.id""").param("s", schoolId).query(Long.class).list();
	}

	/**
	 * The accounts of the students of these classes and/or of their parents (as the roles
	 * ask, {@code STUDENT} and {@code PARENT}), enabled or not, each once, in id order.
	 */
	@Transactional(readOnly = true)
	public List<Long> accountsOfClasses(Collection<Long> classIds, Set<Role> roles) {
		if (classIds.isEmpty() || roles.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select distinct x.account_id from people.student s
				join people.student_account x on x.student_id = s.id and x.role = any(:r)
				where s.class_id = any(:c) order by x.account_id""")
			.param("c", classIds.stream().distinct().toArray(Long[]::new))
			.param("r", roles.stream().map(Role::name).toArray(String[]::new))
			.query(Long.class)
			.list();
	}

}
