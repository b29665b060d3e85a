package cn.xiaoan.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The inbox page: unread messages stand out; opening one marks it read. */
@Controller
class InboxController {

	private final Notifications notifications;

	InboxController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/inbox")
	String inbox(Model model) {
		model.addAttribute("messages", notifications.inbox());
		return "notification/inbox";
	}

	/**
	 * Opens a message: marked read, then on to what it is about (a page of this site
	 * only), or back to the inbox when it links nowhere.
	 */
	@GetMapping("/inbox/{id}")
	String open(@PathVariable long id) {
		InboxMessage message = notifications.open(id);
		String link = message.link();
		boolean local = link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
		return "redirect:" + (local ? link : "/inbox");
	}

	@PostMapping("/inbox/read")
	String markRead() {
		notifications.markAllRead();
		return "redirect:/inbox";
	}

}
