package cn.xiaoan.notice;

import java.time.Instant;

/**
 * The unread of a published notice were reminded by hand (提醒未读): here by its sender, or —
 * for a notice relayed here — by the bureau above at {@code remindedAt}. {@code units}
 * and {@code people} are those reminded here: none when this installation had reminded
 * them within the cooldown.
 */
public record NoticeReminded(long noticeId, Instant remindedAt, int units, int people) {
}
