package cn.xiaoan.fuzz;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The POST routes of the HTML pages ({@code @Controller}s, not the API), with the fields
 * their handler methods bind: request parameters, path variables, file parts and the
 * components of a command record.
 */
final class FormRoutes {

	private FormRoutes() {
	}

	static List<Route> of(RequestMappingHandlerMapping mapping) {
		List<Route> routes = new ArrayList<>();
		mapping.getHandlerMethods().forEach((info, handler) -> {
			boolean api = AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RestController.class);
			if (api || !info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				return;
			}
			for (String path : paths(info)) {
				if (!path.startsWith("/api/") && !path.startsWith("/error")) {
					routes.add(route(path, handler));
				}
			}
		});
		routes.sort(java.util.Comparator.comparing(Route::path));
		return routes;
	}

	private static List<String> paths(RequestMappingInfo info) {
		return info.getPathPatternsCondition() == null ? List.of()
				: info.getPathPatternsCondition().getPatternValues().stream().toList();
	}

	private static Route route(String pattern, HandlerMethod handler) {
		Map<String, ValueType> pathVariables = new LinkedHashMap<>();
		Map<String, ValueType> fields = new LinkedHashMap<>();
		List<String> files = new ArrayList<>();
		String path = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
		for (MethodParameter p : handler.getMethodParameters()) {
			Parameter parameter = p.getMethod().getParameters()[p.getParameterIndex()];
			Class<?> type = p.getParameterType();
			PathVariable variable = p.getParameterAnnotation(PathVariable.class);
			RequestParam param = p.getParameterAnnotation(RequestParam.class);
			if (variable != null) {
				pathVariables.put(name(variable.value(), variable.name(), parameter), typeOf(type));
			}
			else if (MultipartFile.class.isAssignableFrom(type)) {
				files.add(param == null ? parameter.getName() : name(param.value(), param.name(), parameter));
			}
			else if (param != null) {
				fields.put(name(param.value(), param.name(), parameter), typeOf(elementOf(p)));
			}
			else if (type.isRecord() && p.getParameterAnnotation(RequestBody.class) == null) {
				for (RecordComponent c : type.getRecordComponents()) {
					Class<?> component = Collection.class.isAssignableFrom(c.getType()) ? String.class : c.getType();
					if (simple(component)) {
						fields.put(c.getName(), typeOf(component));
					}
				}
			}
		}
		return new Route("POST", path, pathVariables, Map.of(), null, fields, files);
	}

	private static Class<?> elementOf(MethodParameter p) {
		if (Collection.class.isAssignableFrom(p.getParameterType())) {
			Class<?> element = org.springframework.core.ResolvableType.forMethodParameter(p)
				.asCollection()
				.resolveGeneric(0);
			return element == null ? String.class : element;
		}
		return p.getParameterType();
	}

	private static String name(String value, String name, Parameter parameter) {
		return !value.isEmpty() ? value : !name.isEmpty() ? name : parameter.getName();
	}

	private static boolean simple(Class<?> type) {
		return type.isPrimitive() || type.isEnum() || Number.class.isAssignableFrom(type) || type == String.class
				|| type == Boolean.class || Temporal.class.isAssignableFrom(type) || type == UUID.class;
	}

	private static ValueType typeOf(Class<?> type) {
		if (type.isEnum()) {
			return new ValueType(ValueType.Kind.ENUM,
					Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
		}
		if (type == long.class || type == int.class || type == Long.class || type == Integer.class) {
			return ValueType.of(ValueType.Kind.INTEGER);
		}
		if (type == double.class || type == BigDecimal.class || type == Double.class) {
			return ValueType.of(ValueType.Kind.NUMBER);
		}
		if (type == boolean.class || type == Boolean.class) {
			return ValueType.of(ValueType.Kind.BOOLEAN);
		}
		if (type == LocalDate.class) {
			return ValueType.of(ValueType.Kind.DATE);
		}
		if (type == LocalDateTime.class || type == OffsetDateTime.class) {
			return ValueType.of(ValueType.Kind.DATE_TIME);
		}
		if (type == UUID.class) {
			return ValueType.of(ValueType.Kind.UUID);
		}
		return ValueType.TEXT;
	}

}
