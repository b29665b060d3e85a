package cn.xiaoan.notice;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.shared.EntityChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What a sender does with a published notice afterwards — withdraw it, remind its unread
 * — done the same way to a notice sent here and to one relayed from the installation
 * above: the same status change, deliveries, events and audit entries.
 */
@Component
class NoticeFollowUps {

	private final Notices notices;

	private final NoticeDelivery delivery;

	private final ApplicationEventPublisher events;

	NoticeFollowUps(Notices notices, NoticeDelivery delivery, ApplicationEventPublisher events) {
		this.notices = notices;
		this.delivery = delivery;
		this.events = events;
	}

	/**
	 * Withdraws a published notice as of {@code at}; false when it is not published (a
	 * draft, or withdrawn already), which changes nothing.
	 */
	boolean withdraw(Notices.Header header, Instant at) {
		if (notices.setStatus(header.id(), NoticeStatus.PUBLISHED, NoticeStatus.WITHDRAWN, "withdrawn_at", at) == 0) {
			return false;
		}
		events.publishEvent(new NoticeWithdrawn(header.id(), at));
		events.publishEvent(EntityChanged.updated("notice", header.id(), NoticeManagement.regionOf(header),
				header.senderSchoolId(), Map.of("status", NoticeStatus.PUBLISHED.name()),
				Map.of("status", NoticeStatus.WITHDRAWN.name())));
		return true;
	}

	/** The sender's 提醒未读, refused while the notice is not published or cooling down. */
	Reminded remind(Notices.Header header, Instant now) {
		Reminded reminded = delivery.remindUnread(header, now);
		announce(header, now, reminded);
		return reminded;
	}

	/**
	 * The bureau above reminded the unread of a notice relayed here at {@code at}: its
	 * unread here are reminded unless this installation did so within the cooldown (a
	 * reminder delayed by a cut the link then brings with the next one); either way the
	 * reminder is announced, so that it is passed on below. Empty when the notice is not
	 * published here (withdrawn meanwhile): nothing is reminded or passed on.
	 */
	Optional<Reminded> remindFromAbove(Notices.Header header, Instant now, Instant at) {
		if (header.status() != NoticeStatus.PUBLISHED) {
			return Optional.empty();
		}
		Reminded reminded = delivery.remindIfDue(header, now).orElse(new Reminded(0, 0));
		announce(header, at, reminded);
		return Optional.of(reminded);
	}

	private void announce(Notices.Header header, Instant at, Reminded reminded) {
		events.publishEvent(new NoticeReminded(header.id(), at, reminded.units(), reminded.people()));
		events.publishEvent(new EntityChanged("notice", String.valueOf(header.id()), "REMIND",
				NoticeManagement.regionOf(header), header.senderSchoolId(), Map.of(),
				Map.of("units", reminded.units(), "people", reminded.people())));
	}

}
