package cn.xiaoan.hazard;

import java.time.LocalDate;

/**
 * A hazard under 挂牌督办 ran past its deadline unrectified; its supervising bureau (region
 * {@code bureauRegion}) should hear of it. Told once per hazard.
 */
public record SupervisedHazardOverdue(long hazardId, String number, long schoolId, String title, String noticeNo,
		LocalDate deadline, String bureauRegion) {
}
