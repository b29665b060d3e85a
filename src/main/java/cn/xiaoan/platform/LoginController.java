package cn.xiaoan.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

@Controller
class LoginController {

	private static final SessionFlashMapManager FLASH = new SessionFlashMapManager();

	/** Where an overloaded form sign-in is forwarded: the login page again, with 429. */
	static final String BUSY = "/login/busy";

	private final PasswordCheckGate gate;

	private final LoginName loginName;

	LoginController(PasswordCheckGate gate, LoginName loginName) {
		this.gate = gate;
		this.loginName = loginName;
	}

	/** The name this phone remembers, if its owner asked for it. */
	@ModelAttribute("rememberedName")
	String rememberedName(HttpServletRequest request) {
		return loginName.remembered(request);
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	/**
	 * After a refused sign-in, the login page is shown again with the name typed (never
	 * the password), and either how many wrong passwords are left or when the lock lifts:
	 * flashed, so neither the name nor the count goes into the address.
	 */
	static void refused(HttpServletRequest request, HttpServletResponse response, SignInRefusals refusals) {
		String typed = request.getParameter("username");
		typed = typed == null ? "" : ControlCharacters.stripped(typed).trim();
		if (typed.isEmpty() || typed.length() > 64) {
			return;
		}
		SignInRefusals.Refusal refusal = refusals.explain(typed);
		FlashMap flash = new FlashMap();
		flash.put("typedName", typed);
		flash.put("attemptsLeft", refusal.attemptsLeft());
		if (refusal.locked()) {
			LocalDateTime until = LocalDateTime.ofInstant(refusal.lockedUntil(), ZoneId.systemDefault());
			long minutes = Math.max(1, (Duration.between(Instant.now(), refusal.lockedUntil()).toSeconds() + 59) / 60);
			flash.put("lockedUntil", until);
			flash.put("lockMinutes", minutes);
		}
		flash.setTargetRequestPath(request.getContextPath() + "/login");
		FLASH.saveOutputFlashMap(flash, request, response);
	}

	@RequestMapping(path = BUSY, method = { RequestMethod.GET, RequestMethod.POST })
	String busy(HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(gate.retryAfterSeconds()));
		model.addAttribute("busy", true);
		return "login";
	}

}
