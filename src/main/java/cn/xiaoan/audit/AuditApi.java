package cn.xiaoan.audit;

import java.util.Locale;

import cn.xiaoan.org.Page;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the audit trail: the entries of the caller's scope with the page's filters,
 * times with the installation's offset (+08:00).
 */
@RestController
class AuditApi {

	private final AuditLog log;

	AuditApi(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/api/v1/audit")
	Page<AuditRow> entries(AuditQuery query, Locale locale) {
		return log.page(query, locale);
	}

}
