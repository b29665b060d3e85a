package cn.xiaoan.warning;

/** What a warning is about: weather, season, epidemic or a period of the school year. */
public enum WarningKind {

	FLOOD_SEASON, TYPHOON, RAINSTORM, HEAT, COLD, EPIDEMIC, HOLIDAY, EXAM, OTHER;

	public String messageKey() {
		return "warning.kind." + name();
	}

}
