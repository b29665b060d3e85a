package cn.xiaoan.notification;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The inbox page. */
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

	@PostMapping("/inbox/read")
	String markRead() {
		notifications.markAllRead();
		return "redirect:/inbox";
	}

}
