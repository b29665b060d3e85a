package cn.xiaoan.demo;

import java.math.BigDecimal;
import java.util.List;

import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.risk.AssessRisk;
import cn.xiaoan.risk.RiskManagement;
import cn.xiaoan.risk.RiskTemplate;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Role;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A risk inventory for the demo schools, adopted from the standard library and assessed
 * through the risk module's own API (as the system), so every rule and audit entry
 * applies as in real use.
 */
@Component
class DemoRisks {

	/** LEC values giving blue, yellow, orange and red points. */
	private static final List<int[]> LEC = List.of(new int[] { 1, 6, 7 }, new int[] { 3, 6, 7 }, new int[] { 1, 3, 15 },
			new int[] { 3, 6, 15 }, new int[] { 6, 6, 7 }, new int[] { 10, 6, 7 });

	private final RiskManagement risks;

	DemoRisks(RiskManagement risks) {
		this.risks = risks;
	}

	void inventory(List<Long> schoolIds) {
		CurrentUser system = new CurrentUser(0, "system", "系统", Role.SYSTEM_ADMIN, DataScope.all(), null, false);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(system));
		SecurityContextHolder.setContext(context);
		try {
			List<RiskTemplate> templates = risks.templates(null);
			for (long school : schoolIds) {
				for (int i = 0; i < Math.min(16, templates.size()); i++) {
					RiskTemplate template = templates.get(i * (templates.size() / 16));
					long point = risks.adopt(school, template.id()).id();
					if (i % 5 == 4) {
						continue; // not yet assessed
					}
					int[] lec = LEC.get(i % LEC.size());
					risks.assess(point, new AssessRisk("LEC", BigDecimal.valueOf(lec[0]), BigDecimal.valueOf(lec[1]),
							BigDecimal.valueOf(lec[2]), null, template.controlMeasures(), "安全办"));
				}
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
