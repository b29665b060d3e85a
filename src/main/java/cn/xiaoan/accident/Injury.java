package cn.xiaoan.accident;

/** How badly a person was hurt: dead, seriously injured (重伤) or slightly injured (轻伤). */
public enum Injury {

	DEATH, SERIOUS, MINOR;

	public String messageKey() {
		return "accident.injury." + name();
	}

}
