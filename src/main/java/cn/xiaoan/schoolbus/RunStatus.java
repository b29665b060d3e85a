package cn.xiaoan.schoolbus;

/** Where a run is: boarding, on the road, done (every child checked off or reported). */
public enum RunStatus {

	BOARDING, ON_ROAD, DONE;

	public String messageKey() {
		return "schoolbus.run.status." + name();
	}

}
