package cn.xiaoan.notification;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox for apps: the same reads and read marks as the page. */
@RestController
@RequestMapping("/api/v1/inbox")
class InboxApi {

	private final Notifications notifications;

	InboxApi(Notifications notifications) {
		this.notifications = notifications;
	}

	record Inbox(long unread, List<InboxMessage> messages) {
	}

	record Unread(long unread) {
	}

	@Operation(summary = "The caller's newest 100 messages, each with its read state, and the unread count")
	@GetMapping
	Inbox inbox() {
		return new Inbox(notifications.unreadCount(), notifications.inbox());
	}

	@Operation(summary = "How many of the caller's messages are unread")
	@GetMapping("/unread")
	Unread unread() {
		return new Unread(notifications.unreadCount());
	}

	@Operation(summary = "Mark one message read", description = "A message not addressed to the caller is 404.")
	@PostMapping("/{id}/read")
	Unread read(@PathVariable long id) {
		notifications.open(id);
		return new Unread(notifications.unreadCount());
	}

	@Operation(summary = "Mark every message of the caller's inbox read")
	@PostMapping("/read")
	Unread readAll() {
		notifications.markAllRead();
		return new Unread(notifications.unreadCount());
	}

}
