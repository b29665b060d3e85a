package cn.xiaoan.surroundings;

/** The school-run window a guard post covers. */
public enum GuardSlot {

	MORNING, NOON, AFTERNOON, EVENING;

	public String messageKey() {
		return "surroundings.slot." + name();
	}

}
