package cn.xiaoan.risk;

/** The size in pixels of a school's campus plan image. */
public record CampusPlanSize(int width, int height) {
}
