package cn.xiaoan.security;

import java.util.List;

import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolType;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of guard staffing and facilities. */
@RestController
@RequestMapping("/api/v1")
class SecurityApi {

	private final SecurityManagement security;

	SecurityApi(SecurityManagement security) {
		this.security = security;
	}

	/** A school's required, actual and compliant, and the rule applied. */
	record GuardStaffing(long schoolId, String schoolName, int teachersAndStudents, boolean boarding, int boarders,
			int requiredBySize, int requiredByBoarding, int required, String decidingRule, int fullTimeGuards,
			int partTimeGuards, int missing, boolean guardsCompliant, boolean compliant, List<String> shortfalls,
			GuardRule rule) {

		static GuardStaffing of(StaffingStatus s) {
			return new GuardStaffing(s.school().id(), s.school().name(), s.school().teachersAndStudents(),
					s.school().boarding(), s.school().boarderCount(), s.requirement().bySize(),
					s.requirement().byBoarding(), s.requirement().required(), s.requirement().decidingRule(),
					s.fullTimeGuards(), s.partTimeGuards(), s.missingGuards(), s.guardsCompliant(), s.compliant(),
					s.shortfalls(), s.requirement().rule());
		}

	}

	@GetMapping("/schools/{id}/guard-staffing")
	GuardStaffing school(@PathVariable long id) {
		return GuardStaffing.of(security.status(id));
	}

	@GetMapping("/security/guard-staffing")
	List<GuardStaffing> list(@RequestParam(required = false) String region,
			@RequestParam(required = false) SchoolType type,
			@RequestParam(defaultValue = "true") boolean onlyShortfalls,
			@RequestParam(defaultValue = "missing") String sort) {
		return security.statuses(new SchoolQuery("", type, region, 0, 1, "code"), onlyShortfalls, sort)
			.stream()
			.map(GuardStaffing::of)
			.toList();
	}

	@PutMapping("/schools/{id}/facilities")
	GuardStaffing facilities(@PathVariable long id, @Valid @RequestBody Facilities facilities) {
		return GuardStaffing.of(security.recordFacilities(id, facilities));
	}

}
