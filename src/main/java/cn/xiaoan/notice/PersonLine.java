package cn.xiaoan.notice;

import java.time.Instant;

/**
 * One person's reading of a school's notice: a staff member ({@code role} their post or
 * role label key), or a student with their parents' first reading in {@code otherReadAt}.
 */
public record PersonLine(String number, String name, String labelKey, Instant readAt, Instant otherReadAt) {
}
