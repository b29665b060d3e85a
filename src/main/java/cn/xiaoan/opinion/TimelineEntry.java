package cn.xiaoan.opinion;

import java.time.OffsetDateTime;
import java.util.List;

/** One step of a case's timeline: when (Beijing time), who, and what as a message. */
public record TimelineEntry(OffsetDateTime at, String actor, String key, List<String> args) {

	public Object[] argArray() {
		return args.toArray();
	}

}
