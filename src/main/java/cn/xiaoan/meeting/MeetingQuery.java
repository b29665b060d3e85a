package cn.xiaoan.meeting;

import java.time.LocalDate;

/**
 * The ledger's filters: kind, the body's region (a township or county to drill into), the
 * period and a word of the title, place or minutes.
 */
record MeetingQuery(MeetingKind kind, String region, LocalDate from, LocalDate to, String text) {

	MeetingQuery {
		region = region == null || !region.matches("\\d{6}|\\d{9}") ? null : region;
		text = text == null ? "" : text.trim();
		if (text.length() > 50) {
			text = text.substring(0, 50);
		}
	}

	static MeetingQuery all() {
		return new MeetingQuery(null, null, null, null, null);
	}

}
