package cn.xiaoan.hazard;

/** 一般隐患 is fixed by the school at once; 重大隐患 needs a 五落实 plan and may be supervised. */
public enum HazardGrade {

	GENERAL, MAJOR;

	public String messageKey() {
		return "hazard.grade." + name();
	}

}
