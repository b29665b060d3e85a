package cn.xiaoan.audit;

import cn.xiaoan.shared.MenuEntry;
import cn.xiaoan.shared.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's entries in the page menu. */
@Configuration(proxyBeanMethods = false)
class AuditMenu {

	@Bean
	MenuEntry auditTrailMenu() {
		return MenuEntry.forPermission(160, "nav.audit", Permission.AUDIT_READ, "/audit").in(MenuEntry.SYSTEM);
	}

}
