package cn.xiaoan.care;

import java.time.OffsetDateTime;

/** A psychological counsellor (心理辅导教师) the principal named for the school. */
public record Counsellor(long staffId, String name, String namedBy, OffsetDateTime namedAt) {
}
