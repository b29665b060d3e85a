package cn.xiaoan.platform;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import cn.xiaoan.shared.BusinessRuleViolation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Text with control characters (a NUL byte above all, which PostgreSQL text cannot hold)
 * is refused once for every form, query string and JSON body, before any module sees it:
 * the field is named with "含有不可见的控制字符" (a form comes back with it, the API answers 400).
 * Tab, line feed and carriage return are text. Refusing rather than stripping keeps what
 * is stored exactly what was sent.
 */
@ControllerAdvice
class ControlCharacters extends RequestBodyAdviceAdapter implements HandlerInterceptor {

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	private static final String MESSAGE = "error.controlCharacters";

	private static final int DEPTH = 6;

	static boolean in(String text) {
		return text != null && CONTROL.matcher(text).find();
	}

	/** The text without its control characters (what a refused form shows again). */
	static String stripped(String text) {
		return text == null ? null : CONTROL.matcher(text).replaceAll("");
	}

	/** Form fields and query parameters of the pages and the API (not static files). */
	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod)) {
			return true;
		}
		Map<String, String> errors = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			for (String value : values) {
				if (in(value) || in(name)) {
					errors.put(stripped(name), MESSAGE);
				}
			}
		});
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors);
		}
		return true;
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	/**
	 * JSON bodies: every text of the command record, its lists, maps and nested records.
	 */
	@Override
	public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		Map<String, String> errors = new LinkedHashMap<>();
		check(body, "", errors, 0);
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors);
		}
		return body;
	}

	private static void check(Object value, String path, Map<String, String> errors, int depth) {
		if (value == null || depth > DEPTH) {
			return;
		}
		if (value instanceof CharSequence text) {
			if (in(text.toString())) {
				errors.putIfAbsent(path.isEmpty() ? "body" : path, MESSAGE);
			}
		}
		else if (value instanceof Collection<?> items) {
			items.forEach(item -> check(item, path, errors, depth + 1));
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> {
				check(key, path, errors, depth + 1);
				check(item, path.isEmpty() ? String.valueOf(key) : path + "." + key, errors, depth + 1);
			});
		}
		else if (value.getClass().isRecord()) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				try {
					Method accessor = component.getAccessor();
					ReflectionUtils.makeAccessible(accessor);
					Object item = accessor.invoke(value);
					check(item, path.isEmpty() ? component.getName() : path + "." + component.getName(), errors,
							depth + 1);
				}
				catch (ReflectiveOperationException | RuntimeException ex) {
					// an accessor that cannot be read holds nothing the client sent
				}
			}
		}
	}

}
