package cn.xiaoan.notification;

import java.util.List;

/**
 * One batch of a push (at most {@link Notifications#PUSH_BATCH} accounts) waiting to be
 * handed to every {@link ReminderChannel}; published by {@link Notifications#push} so the
 * event publication registry keeps each batch until the channels took it.
 */
public record ReminderBatch(List<Long> accountIds, String text) {
}
