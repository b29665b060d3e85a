package cn.xiaoan.waters;

/** The key periods (重点时段) a patrol schedule covers. */
public enum PatrolPeriod {

	SUMMER_HOLIDAY, WINTER_HOLIDAY, WEEKENDS, BUREAU_DATES;

	public String messageKey() {
		return "waters.period." + name();
	}

}
