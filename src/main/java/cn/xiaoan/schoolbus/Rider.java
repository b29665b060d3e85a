package cn.xiaoan.schoolbus;

import java.time.OffsetDateTime;

/**
 * A student who should ride, as the escort, the head teacher and the school's leaders see
 * them: name and class, and on a run when they got on and off.
 */
public record Rider(long studentId, String name, String className, long classId, OffsetDateTime boardedAt,
		OffsetDateTime alightedAt) {

	public boolean boarded() {
		return boardedAt != null;
	}

	public boolean alighted() {
		return alightedAt != null;
	}

	/** Got on and never off: the child left on the bus. */
	public boolean missing() {
		return boardedAt != null && alightedAt == null;
	}

}
