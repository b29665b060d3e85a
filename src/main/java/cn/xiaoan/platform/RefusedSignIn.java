package cn.xiaoan.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * What the login page shows after a refused password (ADR 0022), handed to it by the form
 * login's failure handler.
 */
final class RefusedSignIn {

	private static final SessionFlashMapManager FLASH = new SessionFlashMapManager();

	private RefusedSignIn() {
	}

	/**
	 * After a refused sign-in, the login page is shown again with the name typed (never
	 * the password), and either how many wrong passwords are left or when the lock lifts:
	 * flashed, so neither the name nor the count goes into the address.
	 */
	static void flash(HttpServletRequest request, HttpServletResponse response, SignInRefusals refusals) {
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

}
