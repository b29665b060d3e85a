package cn.xiaoan.assessment;

import cn.xiaoan.shared.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the page menu (工作管理). */
@Configuration(proxyBeanMethods = false)
class AssessmentMenu {

	@Bean
	MenuEntry assessmentSchemesMenu() {
		return MenuEntry.forPermission(176, "nav.assessment", AssessmentPermissions.MANAGE, "/assessment")
			.in(MenuEntry.WORK);
	}

	/** A bureau's 约谈 and a school leader's own. */
	@Bean
	MenuEntry assessmentInterviewsMenu() {
		return new MenuEntry(177, "nav.assessment.interviews",
				user -> user.can(AssessmentPermissions.MANAGE) || user.can(AssessmentPermissions.ANSWER)
						? "/assessment/interviews" : null)
			.in(MenuEntry.WORK);
	}

}
