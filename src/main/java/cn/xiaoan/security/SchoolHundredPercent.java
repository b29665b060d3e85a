package cn.xiaoan.security;

/**
 * How many of the three requirements of "三个100%" ({@link HundredPercent}) a school meets
 * today: full-time guards, closed management, alarm and video linked to the police.
 */
public record SchoolHundredPercent(long schoolId, int met, int of) {
}
