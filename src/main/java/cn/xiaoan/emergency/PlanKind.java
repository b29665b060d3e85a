package cn.xiaoan.emergency;

/**
 * The plans of a school's plan set: the general plan (总体预案) and the special plans (专项预案).
 */
public enum PlanKind {

	GENERAL, FIRE, EARTHQUAKE, FLOOD_TYPHOON, STAMPEDE, FOOD_POISONING, EPIDEMIC, INTRUDER, DROWNING, TRAFFIC,
	EXTREME_WEATHER;

	public String messageKey() {
		return "emergency.kind." + name();
	}

}
