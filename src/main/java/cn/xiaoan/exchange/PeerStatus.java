package cn.xiaoan.exchange;

import java.time.OffsetDateTime;

/**
 * One peer as the operator page shows it: what waits to be sent, when a push last
 * succeeded and the last error (the secret never leaves the module).
 */
public record PeerStatus(long id, String installation, String name, String url, String regionCode,
		PeerDirection direction, long pending, long received, long parked, OffsetDateTime lastSuccess, String lastError,
		OffsetDateTime lastErrorAt) {
}
