package cn.xiaoan.waters;

/** What a rescue-skill training taught the staff. */
public enum TrainingKind {

	DROWNING_RESCUE, RESUSCITATION, FIRST_AID, OTHER;

	public String messageKey() {
		return "waters.training.kind." + name();
	}

}
