package cn.xiaoan.demo;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/** The zones of the demo campus, in percent of the plan: "x,y x,y ...". */
	private static final Map<String, String> ZONES = new LinkedHashMap<>();

	static {
		ZONES.put("教学楼", "6,6 40,6 40,30 6,30");
		ZONES.put("学生食堂", "46,6 72,6 72,28 46,28");
		ZONES.put("学生宿舍", "78,6 95,6 95,52 78,52");
		ZONES.put("实验楼", "6,36 26,36 26,56 6,56");
		ZONES.put("运动场", "32,36 72,36 72,80 32,80");
		ZONES.put("体育馆", "6,62 26,62 26,88 6,88");
		ZONES.put("配电房", "80,60 95,60 95,74 80,74");
		ZONES.put("校门", "40,86 62,86 62,97 40,97");
	}

	/** Where a point of each library category sits on the demo campus. */
	private static final Map<String, String> ZONE_OF = Map.ofEntries(Map.entry("GUARD", "校门"),
			Map.entry("SURROUNDINGS", "校门"), Map.entry("TRAFFIC", "校门"), Map.entry("FIRE", "学生宿舍"),
			Map.entry("KEY_AREA", "配电房"), Map.entry("CANTEEN", "学生食堂"), Map.entry("HEALTH", "学生食堂"),
			Map.entry("LAB", "实验楼"), Map.entry("SPORTS", "运动场"), Map.entry("EMERGENCY", "体育馆"));

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
				ZONES.forEach((name, outline) -> risks.drawZone(school, name, outline));
				Map<String, Integer> inZone = new HashMap<>();
				for (int i = 0; i < Math.min(16, templates.size()); i++) {
					RiskTemplate template = templates.get(i * (templates.size() / 16));
					long point = risks.adopt(school, template.id()).id();
					place(point, ZONE_OF.getOrDefault(template.categoryCode(), "教学楼"), inZone);
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

	/**
	 * Places the point in its zone, side by side with the zone's earlier points, in the
	 * lower part of the zone so that the zone's name (top left) stays clear.
	 */
	private void place(long point, String zone, Map<String, Integer> inZone) {
		String[] corners = ZONES.get(zone).split(" ");
		double[] first = xy(corners[0]);
		double[] third = xy(corners[2]);
		int k = inZone.merge(zone, 1, Integer::sum) - 1;
		double x = first[0] + (third[0] - first[0]) * (k % 3 + 1) / 4;
		double y = first[1] + (third[1] - first[1]) * Math.min(0.9, 0.55 + 0.2 * (k / 3));
		risks.place(point, BigDecimal.valueOf(x), BigDecimal.valueOf(y));
	}

	private static double[] xy(String corner) {
		String[] xy = corner.split(",");
		return new double[] { Double.parseDouble(xy[0]), Double.parseDouble(xy[1]) };
	}

}
