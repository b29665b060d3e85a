package cn.xiaoan.liaison;

/** What a clue is about (扫黑除恶 and the other categories of the police's liaison work). */
public enum ClueCategory {

	GANG_CRIME, GANG, DRUGS, EXTORTION, HARM_TO_STUDENTS, OTHER;

	/** The message key of the value's label. */
	public String messageKey() {
		return "liaison.category." + name();
	}

}
