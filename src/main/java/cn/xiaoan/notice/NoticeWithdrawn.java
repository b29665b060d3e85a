package cn.xiaoan.notice;

import java.time.Instant;

/**
 * A published notice was withdrawn (撤回): here by its sender, or — for a notice relayed
 * here — by the bureau above at {@code withdrawnAt}.
 */
public record NoticeWithdrawn(long noticeId, Instant withdrawnAt) {
}
