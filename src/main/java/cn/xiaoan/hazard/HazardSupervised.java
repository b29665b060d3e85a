package cn.xiaoan.hazard;

import java.time.LocalDate;

/**
 * A bureau listed a major hazard for supervision (挂牌督办) with notice {@code noticeNo}; the
 * school must finish rectification by {@code deadline}.
 */
public record HazardSupervised(long hazardId, String number, long schoolId, String regionCode, String title,
		String noticeNo, LocalDate deadline, String bureauRegion) {
}
