package cn.xiaoan.institutions;

/** A check item of an institution inspection with its basis (依据). */
public record CheckItem(long id, String code, String text, String basis) {
}
