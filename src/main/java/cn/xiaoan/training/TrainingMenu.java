package cn.xiaoan.training;

import cn.xiaoan.shared.MenuEntry;
import cn.xiaoan.shared.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the page menu. */
@Configuration(proxyBeanMethods = false)
class TrainingMenu {

	@Bean
	MenuEntry trainingBasesMenu() {
		return new MenuEntry(120, "nav.training",
				user -> user.can(Permission.TRAINING_MANAGE) || user.can(Permission.TRAINING_BOOK) ? "/training" : null)
			.in(MenuEntry.EDUCATION);
	}

}
