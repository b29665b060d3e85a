package cn.xiaoan.waters;

import java.util.ArrayList;
import java.util.List;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.education.Rates;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;

import org.springframework.stereotype.Component;

/**
 * The "四知" of the schools near a water: per drowning-prevention campaign that asks the
 * parents to confirm (one before each holiday), the share of a school's students whose
 * parents confirmed — read through {@code education}'s rates, with the caller's own
 * rights there (a school sees its own line only, a reader without the statistics none).
 */
@Component
class WaterEducation {

	static final String DROWNING_LESSON = "DROWNING";

	private final EducationManagement education;

	WaterEducation(EducationManagement education) {
		this.education = education;
	}

	record Line(String school, String campaign, int confirmed, int asked, double percent) {
	}

	List<Line> of(List<WaterDetail.School> schools) {
		CurrentUser caller = Callers.current();
		List<Line> lines = new ArrayList<>();
		if (!caller.can(Permission.EDUCATION_STATS) || schools.isEmpty()) {
			return lines;
		}
		List<Campaign> campaigns = education.campaigns()
			.stream()
			.filter(c -> DROWNING_LESSON.equals(c.lessonCode()) && c.requiresParent())
			.toList();
		for (WaterDetail.School school : schools) {
			if (caller.scope().kind() == DataScope.Kind.SCHOOL && caller.scope().schoolId() != school.schoolId()) {
				continue;
			}
			for (Campaign campaign : campaigns) {
				Rates rates;
				try {
					rates = education.rates(campaign.id(), "S:" + school.schoolId()).self();
				}
				catch (cn.xiaoan.shared.NotFound | cn.xiaoan.shared.AccessDenied notReached) {
					continue; // the campaign does not reach this school, or not for this
								// reader
				}
				if (rates.hasParentPart()) {
					lines.add(new Line(school.name(), campaign.title(), rates.parentDone(), rates.parentAsked(),
							rates.parent()));
				}
			}
		}
		return lines;
	}

}
