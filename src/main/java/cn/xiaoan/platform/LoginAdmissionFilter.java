package cn.xiaoan.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form sign-in at once, before the account is even looked up, while the
 * {@link PasswordCheckGate} has neither a free slot nor room in its queue.
 */
class LoginAdmissionFilter extends OncePerRequestFilter {

	private final PasswordCheckGate gate;

	LoginAdmissionFilter(PasswordCheckGate gate) {
		this.gate = gate;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !"/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			gate.requireRoom();
		}
		catch (LoginOverloaded ex) {
			request.getRequestDispatcher(LoginController.BUSY).forward(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

}
