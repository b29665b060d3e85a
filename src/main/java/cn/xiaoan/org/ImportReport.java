package cn.xiaoan.org;

import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.ImportProblem;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The API's answer to an import: 200 with what was imported, or 400 with every problem as
 * {row, column, message} in the caller's language ("第5行 C 上级代码: 上级代码 450499 不存在").
 */
final class ImportReport {

	private ImportReport() {
	}

	static ResponseEntity<Object> answer(List<ImportProblem> problems, Map<String, Object> imported,
			MessageSource messages) {
		if (problems.isEmpty()) {
			return ResponseEntity.ok(imported);
		}
		var locale = LocaleContextHolder.getLocale();
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("import.rejected", new Object[] { problems.size() }, "import.rejected", locale));
		detail.setProperty("problems",
				problems.stream()
					.map(p -> Map.of("row", p.row(), "column", p.column(), "message",
							messages.getMessage(p.messageKey(), new Object[] { p.value() }, p.messageKey(), locale)))
					.toList());
		return ResponseEntity.badRequest().body(detail);
	}

}
