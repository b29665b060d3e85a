package cn.xiaoan.accident;

/**
 * Who was hurt: a student, a member of staff or someone else (a visitor, a passer-by).
 */
public enum PersonKind {

	STUDENT, STAFF, OTHER;

	public String messageKey() {
		return "accident.person." + name();
	}

}
