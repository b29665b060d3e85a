package cn.xiaoan.notice;

/** 通知, 公告, 通报, 提醒. */
public enum NoticeCategory {

	NOTICE, ANNOUNCEMENT, CIRCULAR, REMINDER;

	public String messageKey() {
		return "notice.category." + name();
	}

}
