package cn.xiaoan.exchange;

/**
 * How many bullying cases a lower installation's school opened in a month (yyyy-MM) and
 * how many were found to be bullying: counts only.
 */
public record MirroredBullyingCount(String peerName, String schoolName, String regionCode, String month, int cases,
		int bullying) {
}
