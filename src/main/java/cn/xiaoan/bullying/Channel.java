package cn.xiaoan.bullying;

/**
 * How a report came in: from a student, a parent, a teacher, or anonymously through the
 * public form.
 */
public enum Channel {

	STUDENT, PARENT, TEACHER, OTHER, ANONYMOUS;

	public String messageKey() {
		return "bullying.channel." + name();
	}

}
