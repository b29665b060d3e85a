package cn.xiaoan.waters;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The register counted per township: waters, high-risk ones, patrols, open findings. */
record WaterCounts(String regionCode, String name, int waters, int highRisk, int patrols, int openFindings) {

	static List<WaterCounts> of(List<WaterSummary> list, Map<String, String> names) {
		Map<String, int[]> by = new TreeMap<>();
		for (WaterSummary w : list) {
			int[] c = by.computeIfAbsent(w.regionCode(), k -> new int[4]);
			c[0]++;
			c[1] += w.riskLevel() == WaterRisk.HIGH ? 1 : 0;
			c[2] += w.patrols();
			c[3] += w.openFindings();
		}
		return by.entrySet()
			.stream()
			.map(e -> new WaterCounts(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()[0],
					e.getValue()[1], e.getValue()[2], e.getValue()[3]))
			.toList();
	}

}
