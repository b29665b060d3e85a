package cn.xiaoan.opinion;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import cn.xiaoan.opinion.bulk.OpinionHistory;

import org.springframework.stereotype.Component;

/**
 * The module's "now": the injected clock, or the moment a demo story is being played at
 * ({@link OpinionHistory}), so a past case is recorded through the same rules with the
 * times it had.
 */
@Component
class OpinionTime {

	private final Clock clock;

	OpinionTime(Clock clock) {
		this.clock = clock;
	}

	Instant now() {
		Instant played = OpinionHistory.playedAt();
		return played != null ? played : clock.instant();
	}

	static OffsetDateTime utc(Instant at) {
		return at == null ? null : at.atOffset(ZoneOffset.UTC);
	}

}
