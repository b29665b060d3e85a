package cn.xiaoan.people;

import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The classes a staff member teaches (任教班级), read and replaced as a whole. */
@RestController
@RequestMapping("/api/v1/staff/{id}/teaching-classes")
class TeachingClassApi {

	private final TeachingClasses teaching;

	TeachingClassApi(TeachingClasses teaching) {
		this.teaching = teaching;
	}

	/** The ids of the classes the staff member teaches. */
	public record TeachingClassIds(List<Long> classIds) {

		public TeachingClassIds {
			classIds = classIds == null ? List.of() : List.copyOf(classIds);
		}

	}

	@GetMapping
	Set<Long> get(@PathVariable long id) {
		return teaching.of(id).classIds();
	}

	@PutMapping
	Set<Long> put(@PathVariable long id, @RequestBody TeachingClassIds body) {
		return teaching.assign(id, body.classIds()).classIds();
	}

}
