package cn.xiaoan.waters;

/** What a rescue-skill training taught the staff. */
public enum TrainingKind {

	DROWNING_RESCUE, CPR, FIRST_AID, OTHER;

	public String messageKey() {
		return "waters.training.kind." + name();
	}

}
