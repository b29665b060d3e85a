package cn.xiaoan.institutions;

/**
 * What an institution teaches: academic subjects (学科类, under the strictest rules) or one
 * of the non-academic kinds (非学科类).
 */
public enum Subject {

	ACADEMIC, SPORTS, ARTS, SCIENCE, OTHER;

	public String messageKey() {
		return "institutions.subject." + name();
	}

}
