package cn.xiaoan.waters;

import cn.xiaoan.shared.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's entries in the 专项行动 group: the register, the patrol form, the map, the
 * staff rescue-skill trainings.
 */
@Configuration(proxyBeanMethods = false)
class WatersMenu {

	@Bean
	MenuEntry watersMenuEntry() {
		return MenuEntry.forPermission(69, "nav.waters", WatersManagement.WATERS_READ, "/waters").in(MenuEntry.SPECIAL);
	}

	@Bean
	MenuEntry watersPatrolMenuEntry() {
		return MenuEntry.forPermission(70, "nav.watersPatrol", WatersManagement.WATERS_PATROL, "/waters/patrol")
			.in(MenuEntry.SPECIAL);
	}

	@Bean
	MenuEntry watersMapMenuEntry() {
		return MenuEntry.forPermission(71, "nav.watersMap", WatersManagement.WATERS_READ, "/waters/map")
			.in(MenuEntry.SPECIAL);
	}

	@Bean
	MenuEntry watersTrainingMenuEntry() {
		return MenuEntry
			.forPermission(72, "nav.watersTraining", RescueTrainingManagement.RESCUE_TRAINING_READ, "/waters/training")
			.in(MenuEntry.SPECIAL);
	}

}
