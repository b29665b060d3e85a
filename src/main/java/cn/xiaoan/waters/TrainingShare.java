package cn.xiaoan.waters;

/**
 * A school's staff trained in rescue skills: those with a training whose certificate is
 * still valid (or has no end) out of all its staff.
 */
public record TrainingShare(long schoolId, String schoolName, String regionName, int trained, int staff) {

	public double percent() {
		return staff == 0 ? 0 : 100.0 * trained / staff;
	}

}
