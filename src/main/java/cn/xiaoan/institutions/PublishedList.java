package cn.xiaoan.institutions;

import java.time.OffsetDateTime;
import java.util.List;

/** A county's black and white lists as published: a numbered version, frozen. */
public record PublishedList(long id, String countyCode, String countyName, int version, OffsetDateTime publishedAt,
		String publishedBy, List<Entry> white, List<Entry> black) {

	public record Entry(long institutionId, String name, String licenceNo, String address, String township,
			ListReason reason) {
	}

}
