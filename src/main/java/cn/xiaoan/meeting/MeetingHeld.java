package cn.xiaoan.meeting;

import java.time.OffsetDateTime;

/** A meeting was recorded as held by the body of {@code regionCode}. */
public record MeetingHeld(long meetingId, String regionCode, MeetingKind kind, OffsetDateTime heldAt) {
}
