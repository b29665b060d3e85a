package cn.xiaoan.education.homework;

import java.util.List;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far a caller reaches into a school's homework: the school must be in the caller's
 * scope, a head teacher sees and assigns to their own class only, and every class asked
 * for must be of the school. Schools come from org's API, classes from the view org
 * publishes ({@code org.class_label}), the head teacher's class from people's API.
 */
@Component
class SchoolScope {

	/** A school with the region it lies in. */
	record School(long id, String regionCode) {
	}

	private final JdbcClient jdbc;

	private final OrgManagement org;

	private final PeopleManagement people;

	SchoolScope(JdbcClient jdbc, OrgManagement org, PeopleManagement people) {
		this.jdbc = jdbc;
		this.org = org;
		this.people = people;
	}

	/** The school, if it is in the caller's scope ({@link AccessDenied} otherwise). */
	School school(CurrentUser caller, long schoolId) {
		School school = org.findSchool(schoolId)
			.map(s -> new School(s.id(), s.regionCode()))
			.orElseThrow(() -> new NotFound("school", schoolId));
		caller.requireSchool(school.id(), school.regionCode());
		return school;
	}

	/**
	 * A head teacher's class, to which their view is limited (-1 when they have none);
	 * null for everyone else.
	 */
	Long headClass(CurrentUser caller) {
		if (caller.role() != Role.HEAD_TEACHER) {
			return null;
		}
		Long own = people.ownHeadClass();
		return own == null ? -1L : own;
	}

	/** The requested classes, all of the school (another school's class is refused). */
	List<Long> classes(CurrentUser caller, long schoolId, List<Long> requested) {
		List<Long> own = jdbc.sql("select class_id from org.class_label where school_id = :s and class_id = any(:ids)")
			.param("s", schoolId)
			.param("ids", requested.toArray(Long[]::new))
			.query(Long.class)
			.list();
		if (own.size() != requested.stream().distinct().count()) {
			throw new AccessDenied("a class is not of school " + schoolId);
		}
		Long head = headClass(caller);
		if (head != null && own.stream().anyMatch(c -> !c.equals(head))) {
			throw new AccessDenied("a head teacher assigns homework to their own class only");
		}
		return own;
	}

}
