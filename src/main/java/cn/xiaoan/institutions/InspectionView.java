package cn.xiaoan.institutions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An inspection of an institution with every item's result. */
public record InspectionView(long id, long institutionId, LocalDate inspectedOn, Outcome outcome, LocalDate deadline,
		String note, String inspector, List<Item> items) {

	public record Item(long itemId, String code, String text, String basis, boolean passed, String note, UUID photo) {
	}

	public long failed() {
		return items.stream().filter(i -> !i.passed()).count();
	}

}
