package cn.xiaoan.education.homework;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.org.ClassPlace;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolStructure;
import cn.xiaoan.people.TeachingClasses;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Role;

import org.springframework.stereotype.Component;

/**
 * How far a caller reaches into a school's homework: the school must be in the caller's
 * scope, a teacher sees, reminds and assigns to the classes they teach only (a head
 * teacher also the class they lead), and every class asked for must be of the school.
 * Schools and classes come from org's API ({@link SchoolStructure#classPlaces}: one query
 * for all the classes asked for, ADR 0082), a teacher's classes from people's API.
 */
@Component
class SchoolScope {

	/** A school with the region it lies in. */
	record School(long id, String regionCode) {
	}

	private final OrgManagement org;

	private final SchoolStructure structure;

	private final TeachingClasses people;

	SchoolScope(OrgManagement org, SchoolStructure structure, TeachingClasses people) {
		this.org = org;
		this.structure = structure;
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
	 * The classes a teacher's view is limited to (those they teach and lead, perhaps
	 * none); null for everyone else, who sees the whole school.
	 */
	Set<Long> ownClasses(CurrentUser caller) {
		return limited(caller) ? people.ownClasses() : null;
	}

	/** The caller's classes as a SQL array ({@code class_id = any(:own)}), or null. */
	Long[] ownClassArray(CurrentUser caller) {
		Set<Long> own = ownClasses(caller);
		return own == null ? null : own.toArray(Long[]::new);
	}

	/** Teachers and head teachers are limited to their classes. */
	static boolean limited(CurrentUser caller) {
		return caller.role() == Role.TEACHER || caller.role() == Role.HEAD_TEACHER;
	}

	/** The requested classes, all of the school (another school's class is refused). */
	List<Long> classes(CurrentUser caller, long schoolId, List<Long> requested) {
		Map<Long, ClassPlace> places = structure.classPlaces(requested);
		List<Long> own = requested.stream()
			.distinct()
			.filter(id -> places.containsKey(id) && places.get(id).schoolId() == schoolId)
			.toList();
		if (own.size() != requested.stream().distinct().count()) {
			throw new AccessDenied("a class is not of school " + schoolId);
		}
		Set<Long> mine = ownClasses(caller);
		if (mine != null && !mine.containsAll(own)) {
			throw new AccessDenied("a teacher assigns homework to the classes they teach only");
		}
		return own;
	}

}
