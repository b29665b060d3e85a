package cn.xiaoan.accident;

import java.time.Instant;

/** An accident was reported by its school. Facts only: nobody's name. */
public record AccidentReported(long accidentId, long schoolId, String regionCode, String schoolType, AccidentKind kind,
		Severity severity, Instant occurredAt, int hurt, int deaths) {
}
