package cn.xiaoan.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
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

	/**
	 * The zones of the demo campus: corners in percent of the plan (x and y joined by a
	 * comma).
	 */
	private static final Map<String, String> ZONES = new LinkedHashMap<>();

	static {
		ZONES.put("教学楼", "6,6 40,6 40,30 6,30");
		ZONES.put("学生食堂", "46,6 72,6 72,28 46,28");
		ZONES.put("学生宿舍", "78,6 95,6 95,52 78,52");
		ZONES.put("实验楼", "6,36 26,36 26,56 6,56");
		ZONES.put("运动场", "32,36 72,36 72,80 32,80");
		ZONES.put("体育馆", "6,62 26,62 26,88 6,88");
		ZONES.put("配电房", "78,60 97,60 97,78 78,78");
		ZONES.put("校门", "36,85 68,85 68,98 36,98");
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
				Map<String, List<Long>> inZone = new LinkedHashMap<>();
				for (int i = 0; i < Math.min(16, templates.size()); i++) {
					RiskTemplate template = templates.get(i * (templates.size() / 16));
					long point = risks.adopt(school, template.id()).id();
					inZone.computeIfAbsent(ZONE_OF.getOrDefault(template.categoryCode(), "教学楼"), z -> new ArrayList<>())
						.add(point);
					if (i % 5 == 4) {
						continue; // not yet assessed
					}
					int[] lec = LEC.get(i % LEC.size());
					risks.assess(point, new AssessRisk("LEC", BigDecimal.valueOf(lec[0]), BigDecimal.valueOf(lec[1]),
							BigDecimal.valueOf(lec[2]), null, template.controlMeasures(), "安全办"));
				}
				inZone.forEach(this::place);
			}
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * Spreads the zone's points over a grid below the zone's name (which sits at its top
	 * left), one cell each, so neither dots nor their numbers cover each other.
	 */
	private void place(String zone, List<Long> points) {
		String[] corners = ZONES.get(zone).split(" ");
		double[] first = xy(corners[0]);
		double[] third = xy(corners[2]);
		double top = first[1] + 7;
		int cols = (int) Math.ceil(Math.sqrt(points.size() * (third[0] - first[0]) / Math.max(1, third[1] - top)));
		cols = Math.max(1, Math.min(points.size(), cols));
		int rows = (points.size() + cols - 1) / cols;
		for (int k = 0; k < points.size(); k++) {
			double x = first[0] + (third[0] - first[0]) * (k % cols + 0.5) / cols;
			double y = top + (third[1] - top) * (k / cols + 0.4) / rows;
			risks.place(points.get(k), BigDecimal.valueOf(x).setScale(2, java.math.RoundingMode.HALF_UP),
					BigDecimal.valueOf(y).setScale(2, java.math.RoundingMode.HALF_UP));
		}
	}

	private static double[] xy(String corner) {
		String[] xy = corner.split(",");
		return new double[] { Double.parseDouble(xy[0]), Double.parseDouble(xy[1]) };
	}

}
