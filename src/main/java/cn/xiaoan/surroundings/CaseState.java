package cn.xiaoan.surroundings;

/**
 * Where a case stands: open at the department, done (the department closed it with
 * evidence, awaiting the county), confirmed by the county. A reopened case is open again.
 */
public enum CaseState {

	OPEN, DONE, CONFIRMED;

	public String messageKey() {
		return "surroundings.state." + name();
	}

}
