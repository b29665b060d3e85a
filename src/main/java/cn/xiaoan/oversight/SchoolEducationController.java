package cn.xiaoan.oversight;

import java.time.Clock;
import java.time.LocalDate;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The school page's 安全教育 link: the school's figures in the latest running campaign that
 * reaches it, or the campaigns list when none is running.
 */
@Controller
class SchoolEducationController {

	private final EducationManagement education;

	private final OrgManagement org;

	private final Clock clock;

	SchoolEducationController(EducationManagement education, OrgManagement org, Clock clock) {
		this.education = education;
		this.org = org;
		this.clock = clock;
	}

	@GetMapping("/schools/{id}/education")
	String education(@PathVariable long id) {
		Callers.current().require(Permission.EDUCATION_STATS);
		SchoolSummary school = org.school(id);
		LocalDate today = LocalDate.now(clock);
		return education.campaigns()
			.stream()
			.filter(c -> c.runningOn(today) && reaches(c, school))
			.findFirst()
			.map(Campaign::id)
			.map(c -> "redirect:/campaigns/" + c + "?unit=S:" + school.id())
			.orElse("redirect:/campaigns");
	}

	/**
	 * A campaign reaches every school of its region (a county's code: its first six
	 * digits).
	 */
	private static boolean reaches(Campaign campaign, SchoolSummary school) {
		return school.regionCode().startsWith(RegionCode.of(campaign.regionCode()).prefix());
	}

}
