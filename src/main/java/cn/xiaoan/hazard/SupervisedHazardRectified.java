package cn.xiaoan.hazard;

/**
 * The school reported a hazard under 挂牌督办 rectified: its supervising bureau (region
 * {@code bureauRegion}) is asked to accept it on site.
 */
public record SupervisedHazardRectified(long hazardId, String number, long schoolId, String title, String noticeNo,
		String bureauRegion) {
}
