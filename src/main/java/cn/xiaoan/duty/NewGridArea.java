package cn.xiaoan.duty;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * An area to add to a school's grid; x and y in percent of the campus plan, both or
 * neither (an area named like a zone of the risk map sits at that zone when not placed).
 */
public record NewGridArea(String building, String floor, String area, Long responsibleId, Long deputyId,
		BigDecimal mapX, BigDecimal mapY) {

	public NewGridArea {
		building = building == null ? "" : building.strip();
		floor = floor == null ? "" : floor.strip();
		area = area == null ? "" : area.strip();
		Map<String, String> errors = new LinkedHashMap<>();
		if (building.isEmpty() || building.length() > 40) {
			errors.put("building", "duty.error.grid.building");
		}
		if (floor.length() > 20) {
			errors.put("floor", "duty.error.grid.floor");
		}
		if (area.isEmpty() || area.length() > 60) {
			errors.put("area", "duty.error.grid.area");
		}
		if (responsibleId == null) {
			errors.put("responsibleId", "duty.error.grid.responsible");
		}
		else if (responsibleId.equals(deputyId)) {
			errors.put("deputyId", "duty.error.grid.deputy");
		}
		if ((mapX == null) != (mapY == null) || outside(mapX) || outside(mapY)) {
			errors.put("mapX", "duty.error.grid.position");
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors);
		}
	}

	private static boolean outside(BigDecimal v) {
		return v != null && (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0);
	}

}
