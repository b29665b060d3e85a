package cn.xiaoan.notification;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands each batch of a push to every {@link ReminderChannel}, after the transaction that
 * pushed it committed. A channel that fails is logged and the batch stays incomplete in
 * the event publication registry, which delivers it again (on restart); the other batches
 * are not held up.
 */
@Component
class ReminderDelivery {

	private static final Logger log = LoggerFactory.getLogger(ReminderDelivery.class);

	private final List<ReminderChannel> channels;

	ReminderDelivery(List<ReminderChannel> channels) {
		this.channels = channels;
	}

	@ApplicationModuleListener
	void on(ReminderBatch batch) {
		for (ReminderChannel channel : channels) {
			try {
				channel.send(batch.accountIds(), batch.text());
			}
			catch (RuntimeException ex) {
				log.warn("Reminder channel {} failed for {} accounts; the batch stays in the event registry: {}",
						channel.getClass().getSimpleName(), batch.accountIds().size(), ex.toString());
				throw ex;
			}
		}
	}

}
