package cn.xiaoan.people.privacy;

/**
 * How a student's identifiers look on every screen, API response and export when they are
 * not explicitly revealed (ADR 0014). The ID mask keeps the first four digits only
 * (province and city, which the school's address tells anyway): the birth date, the
 * sequence digits and the check character are hidden, so no combination of the fields a
 * role sees leaves fewer than 500 candidates.
 */
public final class PersonalDataMask {

	private static final int KEPT = 4;

	private PersonalDataMask() {
	}

	/** {@code 4504**************}; empty when there is no number. */
	public static String idCard(String plain) {
		if (plain == null || plain.length() <= KEPT) {
			return "";
		}
		return plain.substring(0, KEPT) + "*".repeat(plain.length() - KEPT);
	}

	/**
	 * A student number that embeds the ID number (the national 学籍号 is "G" followed by it)
	 * is masked like the ID number; any other student number is shown as it is.
	 */
	public static String studentNo(String studentNo) {
		if (studentNo == null || !studentNo.matches("[A-Za-z]?\\d{17}[\\dXx]")) {
			return studentNo;
		}
		int prefix = studentNo.length() - 18;
		return studentNo.substring(0, prefix) + idCard(studentNo.substring(prefix));
	}

}
