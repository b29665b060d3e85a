package cn.xiaoan.training;

/** What a course trains. */
public enum Topic {

	FIRE, EARTHQUAKE, DROWNING, FIRST_AID, TRAFFIC, STAMPEDE, OTHER;

	public String messageKey() {
		return "training.topic." + name();
	}

}
