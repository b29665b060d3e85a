package cn.xiaoan.notice;

/**
 * How many units (schools, bureaus, staff groups, classes) and people a reminder reached.
 */
public record Reminded(int units, int people) {
}
