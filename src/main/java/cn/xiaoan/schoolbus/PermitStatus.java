package cn.xiaoan.schoolbus;

/**
 * The steps of a permit (校车使用许可, 条例 第十五条): applied to education; forwarded to police
 * traffic and transport; both answered; education's opinion sent to the government; the
 * government's decision recorded.
 */
public enum PermitStatus {

	APPLIED, FORWARDED, ANSWERED, OPINED, APPROVED, REFUSED;

	public String messageKey() {
		return "schoolbus.permit.status." + name();
	}

	public boolean open() {
		return this != APPROVED && this != REFUSED;
	}

}
