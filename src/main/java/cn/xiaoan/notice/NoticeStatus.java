package cn.xiaoan.notice;

/**
 * A draft is seen by its sender only; a withdrawn notice stays listed for its recipients.
 */
public enum NoticeStatus {

	DRAFT, PUBLISHED, WITHDRAWN;

	public String messageKey() {
		return "notice.status." + name();
	}

}
