package cn.xiaoan.people;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 重置密码 on the account list and a student's page: the temporary password is flashed, so it
 * is shown once, on the page the reset was asked from.
 */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@PostMapping("/accounts/{id}/temporary-password")
	String reset(@PathVariable long id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
		redirect.addFlashAttribute("temporaryPassword", resets.reset(id));
		return "redirect:" + local(back);
	}

	/** A path of this site to go back to (never another site), else the account list. */
	static String local(String back) {
		boolean ok = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
				&& back.length() < 200;
		return ok ? back : "/accounts";
	}

}
