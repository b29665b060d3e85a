package cn.xiaoan.bullying;

import java.time.OffsetDateTime;

/** A member of a school's committee or a county's office. */
public record Member(long accountId, String username, String displayName, String namedBy, OffsetDateTime namedAt) {
}
