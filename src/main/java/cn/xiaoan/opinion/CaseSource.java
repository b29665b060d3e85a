package cn.xiaoan.opinion;

/**
 * Where the case came from: a media report, a social platform, the 12345 hotline, a
 * referral from above, a school's report.
 */
public enum CaseSource {

	MEDIA, SOCIAL, HOTLINE, REFERRAL, SCHOOL_REPORT, OTHER;

	/** The message key of the display name. */
	public String messageKey() {
		return "opinion.source." + name();
	}

}
