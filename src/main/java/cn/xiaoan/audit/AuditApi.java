package cn.xiaoan.audit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the audit trail. */
@RestController
class AuditApi {

	private final AuditTrail audit;

	AuditApi(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/api/v1/audit")
	List<AuditEntry> entries(@RequestParam(defaultValue = "") String username,
			@RequestParam(defaultValue = "") String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page) {
		return audit.search(username, action, from, to, page);
	}

}
