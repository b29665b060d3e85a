package cn.xiaoan.waters;

/**
 * A patrol record arrived (once, however often its phone sent it), with how many
 * findings.
 */
public record PatrolReceived(long patrolId, long waterId, String regionCode, int findings) {
}
