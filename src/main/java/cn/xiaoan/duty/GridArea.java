package cn.xiaoan.duty;

import java.math.BigDecimal;

/**
 * 网格化: an area of a school (building, floor, area) with its responsible person and a
 * deputy, placed on the campus plan at x, y percent (null when not placed).
 */
public record GridArea(long id, long schoolId, String building, String floor, String area, long responsibleId,
		String responsibleName, Long deputyId, String deputyName, BigDecimal mapX, BigDecimal mapY) {

	public String place() {
		return building + (floor.isEmpty() ? "" : " " + floor) + " " + area;
	}

	public boolean placed() {
		return mapX != null && mapY != null;
	}

}
