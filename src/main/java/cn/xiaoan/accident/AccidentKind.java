package cn.xiaoan.accident;

/** The kind of accident (事故类型), as the statistics of the education system count them. */
public enum AccidentKind {

	DROWNING, TRAFFIC, STAMPEDE, CAMPUS_INJURY, FOOD_POISONING, FIRE, NATURAL_DISASTER, VIOLENCE, OTHER;

	public String messageKey() {
		return "accident.kind." + name();
	}

}
