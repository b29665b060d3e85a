package cn.xiaoan.notice;

/** A notice went out to {@code units} schools, bureaus, staff groups or classes. */
public record NoticePublished(long noticeId, String senderPrefix, Long senderSchoolId, NoticeCategory category,
		int units, boolean receiptRequired) {
}
