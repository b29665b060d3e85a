package cn.xiaoan.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * REST API errors as RFC 9457 ProblemDetail; field errors under {@code errors}, in the
 * caller's language.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(0)
class ApiErrors extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	private final MessageSource messages;

	ApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(AccessDenied.class)
	ProblemDetail accessDenied(AccessDenied ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, text("error.forbidden"));
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, text("error.notfound"));
	}

	@ExceptionHandler(BusinessRuleViolation.class)
	ProblemDetail invalid(BusinessRuleViolation ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.fieldErrors()
			.forEach((field, key) -> errors.put(field,
					messages.getMessage(key, ex.arguments(field), key, LocaleContextHolder.getLocale())));
		return withErrors(errors);
	}

	/** A failed API sign-in: as the login form, no hint whether the name exists. */
	@ExceptionHandler(AuthenticationException.class)
	ProblemDetail unauthenticated(AuthenticationException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, text("login.failed"));
	}

	@ExceptionHandler(LoginOverloaded.class)
	ResponseEntity<ProblemDetail> overloaded(LoginOverloaded ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, text("login.busy")));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail illegal(IllegalArgumentException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		log.info("Rejected write: {}", ex.getMostSpecificCause().getMessage());
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("error.integrity"));
	}

	/** An upload sent without its file: not a multipart request, or no file part. */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail noUpload(MultipartException ex) {
		if (ex instanceof MaxUploadSizeExceededException) {
			return ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, text("error.upload.tooLarge"));
		}
		return withErrors(Map.of("file", text("error.upload.missing")));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(withErrors(Map.of(ex.getRequestPartName(), text("error.upload.missing"))));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach(fe -> errors.putIfAbsent(fe.getField(), messages.getMessage(fe, LocaleContextHolder.getLocale())));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(ge -> errors.putIfAbsent(ge.getObjectName(),
					messages.getMessage(ge, LocaleContextHolder.getLocale())));
		return ResponseEntity.badRequest().body(withErrors(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getParameterValidationResults()
			.forEach(r -> r.getResolvableErrors()
				.forEach(e -> errors.putIfAbsent(r.getMethodParameter().getParameterName(),
						messages.getMessage(e, LocaleContextHolder.getLocale()))));
		return ResponseEntity.badRequest().body(withErrors(errors));
	}

	private ProblemDetail withErrors(Map<String, String> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text("error.validation"));
		problem.setProperty("errors", errors);
		return problem;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
