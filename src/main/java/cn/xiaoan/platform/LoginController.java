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

	@RequestMapping(path = LoginOverloaded.BUSY_PAGE, method = { RequestMethod.GET, RequestMethod.POST })
	String busy(HttpServletRequest request, HttpServletResponse response, Model model) {
		long seconds = request.getAttribute(LoginOverloaded.RETRY_SECONDS) instanceof Long booked ? booked
				: gate.retryAfterSeconds();
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		model.addAttribute("busy", true);
		model.addAttribute("retrySeconds", seconds);
		return "login";
	}

}
