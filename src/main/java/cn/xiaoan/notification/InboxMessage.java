package cn.xiaoan.notification;

import java.time.OffsetDateTime;
import java.util.List;

/** A message as its reader sees it. */
public record InboxMessage(long id, String messageKey, List<String> args, String link, OffsetDateTime createdAt,
		boolean read) {

	public Object[] argArray() {
		return args.toArray();
	}

}
