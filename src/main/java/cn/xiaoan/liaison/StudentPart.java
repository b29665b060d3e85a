package cn.xiaoan.liaison;

/** The part a student played in what a clue tells, named instead of the student. */
public enum StudentPart {

	VICTIM, SUSPECT, WITNESS, OTHER;

	/** The message key of the value's label. */
	public String messageKey() {
		return "liaison.part." + name();
	}

}
