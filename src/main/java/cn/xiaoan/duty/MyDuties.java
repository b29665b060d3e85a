package cn.xiaoan.duty;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What "我的安全职责" shows a staff member: their list, where their signing stands in the
 * running school year, their grid areas and every emergency card of their school.
 */
public record MyDuties(Holder holder, DutyList list, Holder.Signing signing, String schoolYear, List<GridArea> areas,
		List<DutyProcedure> emergencyCards) {

	public boolean assigned() {
		return holder != null && !list.empty();
	}

	public OffsetDateTime signedAt() {
		return holder == null ? null : holder.signedAt();
	}

}
