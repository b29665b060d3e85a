package cn.xiaoan.institutions;

import java.util.List;

/**
 * An institution with its township's name, its inspections, rectifications and bans, and
 * what the caller may do with it.
 */
public record InstitutionDetail(InstitutionSummary summary, String township, List<InspectionView> inspections,
		List<RectificationView> rectifications, List<BanView> bans, boolean editable, boolean mayBan) {
}
