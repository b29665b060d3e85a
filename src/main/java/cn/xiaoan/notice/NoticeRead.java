package cn.xiaoan.notice;

/**
 * Someone opened a notice for the first time; {@code firstOfUnit} when their unit was
 * unread until then.
 */
public record NoticeRead(long noticeId, String unitKey, String regionCode, boolean firstOfUnit) {
}
