package cn.xiaoan.platform;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Pages answer refusals and unknown ids with a readable page in the user's language, and
 * a form that breaks a rule with all its errors on the page it came from.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	/**
	 * Parameters never flashed back: the CSRF token, anything named like a password, and
	 * the fields of the password change form (current, replacement, confirmation).
	 */
	private static final Pattern SECRET = Pattern
		.compile("_csrf|(?i).*(password|secret).*|current|replacement|confirmation");

	private final MessageSource messages;

	private final Navigation navigation;

	PageErrors(MessageSource messages, Navigation navigation) {
		this.messages = messages;
		this.navigation = navigation;
	}

	/**
	 * An error page with the layout's model: an exception handler's model gets nothing
	 * from the {@code @ModelAttribute} advice, so the menu bar would be missing.
	 */
	private ModelAndView page(String view, HttpServletRequest request) {
		ModelAndView page = new ModelAndView(view);
		navigation.addTo(page.getModelMap(), request);
		return page;
	}

	/**
	 * A form broke a rule ({@link BusinessRuleViolation} from a module's API) or failed
	 * validation (a {@code @Valid} command without a {@code BindingResult}). Every field
	 * error, in the reader's language, is flashed as {@code formErrors} (a list, which
	 * the layout shows) and {@code fieldErrors} (field → text, which
	 * {@code fragments/form :: field} shows under its input), and the browser goes back
	 * to the page the form was on; an htmx request is sent there by {@code HX-Redirect}.
	 * What the user typed goes along as {@code formValues} (field → text), so nothing is
	 * lost on the way back.
	 * <p>
	 * So a page controller takes {@code @Valid SomeCommand command}, calls its module's
	 * API and redirects (or answers its htmx fragment) on success; it writes no
	 * {@code catch (BusinessRuleViolation …)} and no error branch.
	 */
	@ExceptionHandler({ BusinessRuleViolation.class, BindException.class })
	ModelAndView formErrors(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> fields = new LinkedHashMap<>();
		if (ex instanceof BusinessRuleViolation violation) {
			violation.fieldErrors()
				.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey())
				.forEach(e -> fields.put(e.getKey(),
						messages.getMessage(e.getValue(), violation.arguments(e.getKey()), e.getValue(), locale)));
		}
		else {
			BindingResult result = ((BindException) ex).getBindingResult();
			result.getFieldErrors()
				.forEach(fe -> fields.merge(fe.getField(), messages.getMessage(fe, locale), (a, b) -> a));
			result.getGlobalErrors()
				.forEach(ge -> fields.putIfAbsent(ge.getObjectName(), messages.getMessage(ge, locale)));
		}
		String back = back(request);
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("formErrors", List.copyOf(new LinkedHashSet<>(fields.values())));
		flash.put("fieldErrors", fields);
		flash.put("formValues", typed(request));
		if (request.getHeader("HX-Request") != null) {
			RequestContextUtils.saveOutputFlashMap(back, request, response);
			response.setHeader("HX-Redirect", back);
			return new ModelAndView("fragments/form :: nothing");
		}
		return new ModelAndView(new RedirectView(back, true));
	}

	/**
	 * What the user typed, so the form comes back filled in ({@code fragments/form ::
	 * field} prefers it to the saved value): the first value of every parameter but
	 * secrets, which are not kept in the session. File parts are not parameters, so they
	 * are never kept.
	 */
	private static Map<String, String> typed(HttpServletRequest request) {
		Map<String, String> values = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, given) -> {
			if (given.length > 0 && !SECRET.matcher(name).matches()) {
				values.put(name, ControlCharacters.stripped(given[0]));
			}
		});
		return values;
	}

	/**
	 * The page the form was on: the same-origin {@code Referer} (the CSP's referrer
	 * policy sends it), else the home page.
	 */
	private static String back(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				String self = request.getScheme() + "://" + request.getServerName();
				if (referer.startsWith(self) && uri.getRawPath() != null) {
					String path = uri.getRawPath().substring(request.getContextPath().length());
					return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
				}
			}
			catch (IllegalArgumentException ex) {
				// a malformed Referer: fall back to the home page
			}
		}
		return "/";
	}

	/**
	 * An upload form sent without its file (no file part, or not multipart at all) or
	 * with one over the size limit: the form comes back asking for a file.
	 */
	@ExceptionHandler({ MissingServletRequestPartException.class, MultipartException.class })
	ModelAndView noUpload(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		String part = ex instanceof MissingServletRequestPartException missing ? missing.getRequestPartName() : "file";
		String key = ex instanceof MaxUploadSizeExceededException ? "error.upload.tooLarge" : "error.upload.missing";
		return formErrors(new BusinessRuleViolation(part, key), request, response);
	}

	@ExceptionHandler(AccessDenied.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	ModelAndView forbidden(HttpServletRequest request) {
		return page("error/403", request);
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(HttpServletRequest request) {
		return page("error/404", request);
	}

	/** A password change while too many sign in at once. */
	@ExceptionHandler(LoginOverloaded.class)
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	ModelAndView busy(LoginOverloaded ex, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()));
		return page("error/429", request);
	}

	/** A page address with a malformed number, date or choice in it. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView badRequest(HttpServletRequest request) {
		return page("error/400", request);
	}

}
