package cn.xiaoan.platform;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.NotFound;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Pages answer refusals and unknown ids with a readable page in the user's language. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	@ExceptionHandler(AccessDenied.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String forbidden() {
		return "error/403";
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	/** A password change while too many sign in at once. */
	@ExceptionHandler(LoginOverloaded.class)
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	String busy(LoginOverloaded ex, jakarta.servlet.http.HttpServletResponse response) {
		response.setHeader(org.springframework.http.HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
		return "error/429";
	}

	/** A page address with a malformed number, date or choice in it. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badRequest() {
		return "error/400";
	}

}
