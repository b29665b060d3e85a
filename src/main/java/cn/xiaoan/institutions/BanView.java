package cn.xiaoan.institutions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A ban with its resettlement plan: done once the plan covers every student and each
 * group is resettled.
 */
public record BanView(long id, long institutionId, String institutionName, String regionCode, LocalDate bannedOn,
		int students, BigDecimal feesToRefund, boolean done, List<ResettlementView> items) {

	/** Students the plan names so far. */
	public int planned() {
		return items.stream().mapToInt(ResettlementView::students).sum();
	}

	/** Students the plan does not yet name. */
	public int unplanned() {
		return Math.max(0, students - planned());
	}

	public long openItems() {
		return items.stream().filter(i -> !i.done()).count();
	}

	public BigDecimal refunded() {
		return items.stream()
			.filter(ResettlementView::done)
			.map(ResettlementView::refund)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
