package cn.xiaoan.atlas;

import cn.xiaoan.shared.MenuEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The county map, first in the special-actions group. */
@Configuration(proxyBeanMethods = false)
class AtlasMenu {

	@Bean
	MenuEntry atlasMenuEntry(AtlasManagement atlas) {
		return new MenuEntry(59, "nav.atlas", user -> atlas.mayOpen(user) ? "/map" : null).in(MenuEntry.SPECIAL);
	}

}
