package cn.xiaoan.institutions;

import java.util.List;

/**
 * The figures above the register, each a count of the list it links to: institutions,
 * unlicensed ones, those rectifying and banned, rectifications overdue, bans whose
 * students are not all resettled.
 */
record InstitutionFigures(int institutions, long unlicensed, long rectifying, long banned, int openRectifications,
		long overdue, int openResettlements, long studentsWaiting) {

	static InstitutionFigures of(List<InstitutionSummary> all, List<RectificationView> rectifications,
			List<BanView> bans) {
		return new InstitutionFigures(all.size(), all.stream().filter(i -> !i.licensed()).count(),
				all.stream().filter(i -> i.status() == InstitutionStatus.RECTIFYING).count(),
				all.stream().filter(i -> i.status() == InstitutionStatus.BANNED).count(), rectifications.size(),
				rectifications.stream().filter(RectificationView::overdue).count(), bans.size(),
				bans.stream()
					.mapToLong(b -> b.students() - b.items()
						.stream()
						.filter(ResettlementView::done)
						.mapToInt(ResettlementView::students)
						.sum())
					.sum());
	}

}
