package cn.xiaoan.security;

import java.util.List;
import java.util.Locale;

import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolType;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** REST API of guard staffing and facilities. */
@RestController
@RequestMapping("/api/v1")
class SecurityApi {

	private final SecurityManagement security;

	private final MessageSource messages;

	SecurityApi(SecurityManagement security, MessageSource messages) {
		this.security = security;
		this.messages = messages;
	}

	/** A school's required, actual and compliant, and the rule applied. */
	record GuardStaffing(long schoolId, String schoolName, int teachersAndStudents, boolean boarding, int boarders,
			int requiredBySize, int requiredByBoarding, int required, String decidingRule, int fullTimeGuards,
			int partTimeGuards, int missing, boolean guardsCompliant, boolean compliant, List<String> shortfalls,
			GuardRule rule) {

		static GuardStaffing of(StaffingStatus s) {
			return new GuardStaffing(s.school().id(), s.school().name(), s.teachersAndStudents(), s.school().boarding(),
					s.school().boarderCount(), s.requirement().bySize(), s.requirement().byBoarding(),
					s.requirement().required(), s.requirement().decidingRule(), s.fullTimeGuards(), s.partTimeGuards(),
					s.missingGuards(), s.guardsCompliant(), s.compliant(), s.shortfalls(), s.requirement().rule());
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
			@RequestParam(required = false) HundredPercent failing,
			@RequestParam(defaultValue = "missing") String sort) {
		return security.statuses(new SchoolQuery("", type, region, 0, 1, "code"), onlyShortfalls, failing, sort)
			.stream()
			.map(GuardStaffing::of)
			.toList();
	}

	/**
	 * A "三个100%" figure: how many of the schools meet the requirement, what it counts,
	 * and the list of those that fail it.
	 */
	record HundredPercentFigure(HundredPercent requirement, String label, String counts, int schools, int met,
			int failing, double percent, String failingSchools) {

	}

	@GetMapping("/security/hundred-percent")
	List<HundredPercentFigure> hundredPercent(@RequestParam(required = false) String region,
			@RequestParam(required = false) SchoolType type) {
		Locale locale = LocaleContextHolder.getLocale();
		return security.hundredPercent(new SchoolQuery("", type, region, 0, 1, "code"))
			.stream()
			.map(r -> new HundredPercentFigure(r.requirement(),
					messages.getMessage(r.requirement().messageKey(), null, locale),
					messages.getMessage(r.requirement().countsKey(), null, locale), r.schools(), r.met(), r.failing(),
					r.percent(),
					UriComponentsBuilder.fromPath("/api/v1/security/guard-staffing")
						.queryParam("onlyShortfalls", false)
						.queryParam("failing", r.requirement())
						.queryParamIfPresent("region", java.util.Optional.ofNullable(region))
						.queryParamIfPresent("type", java.util.Optional.ofNullable(type))
						.toUriString()))
			.toList();
	}

	@PutMapping("/schools/{id}/facilities")
	GuardStaffing facilities(@PathVariable long id, @Valid @RequestBody Facilities facilities) {
		return GuardStaffing.of(security.recordFacilities(id, facilities));
	}

}
