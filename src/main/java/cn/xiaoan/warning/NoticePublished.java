package cn.xiaoan.warning;

/** A notice (通知公告) went out to {@code recipients} accounts. */
public record NoticePublished(long noticeId, String senderUnit, int recipients) {
}
