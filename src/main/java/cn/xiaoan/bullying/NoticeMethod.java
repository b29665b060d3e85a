package cn.xiaoan.bullying;

/** How a family was informed of the decision. */
public enum NoticeMethod {

	IN_PERSON, PHONE, WRITTEN;

	public String messageKey() {
		return "bullying.method." + name();
	}

}
