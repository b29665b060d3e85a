package cn.xiaoan.bullying;

/** Whose words a statement records. */
public enum StatementKind {

	VICTIM, ACTOR, WITNESS, INTERVIEW;

	public String messageKey() {
		return "bullying.statement." + name();
	}

}
