package cn.xiaoan.platform;

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

@Controller
class LoginController {

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

	@RequestMapping(path = BUSY, method = { RequestMethod.GET, RequestMethod.POST })
	String busy(HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(gate.retryAfterSeconds()));
		model.addAttribute("busy", true);
		return "login";
	}

}
