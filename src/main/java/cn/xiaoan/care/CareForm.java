package cn.xiaoan.care;

/** How a care visit was made: 谈心, 家访, 电话, 线上. */
public enum CareForm {

	TALK, HOME_VISIT, CALL, ONLINE;

	public String messageKey() {
		return "care.form." + name();
	}

}
