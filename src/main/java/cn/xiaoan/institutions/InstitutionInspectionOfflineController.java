package cn.xiaoan.institutions;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The inspection form offline (ADR 0048): the shared service worker served under
 * {@code /institutions/} so that it may keep the form pages, and the endpoint the phone's
 * queue sends the form's own fields to with {@code clientId} — 201 the first time, 200
 * with the same inspection on a resend.
 */
@org.springframework.web.bind.annotation.RestController
class InstitutionInspectionOfflineController {

	static final String ASSETS = "/css/app.css /js/app.js /js/offline-queue.js /js/institutions-inspect.js "
			+ "/webjars/bootstrap/css/bootstrap.min.css /webjars/bootstrap/js/bootstrap.bundle.min.js "
			+ "/webjars/htmx.org/dist/htmx.min.js";

	private final OfflineInspections offline;

	private final InstitutionsManagement institutions;

	InstitutionInspectionOfflineController(OfflineInspections offline, InstitutionsManagement institutions) {
		this.offline = offline;
		this.institutions = institutions;
	}

	@GetMapping("/institutions/offline-sw.js")
	org.springframework.web.servlet.ModelAndView serviceWorker() {
		Callers.current().require(InstitutionsManagement.INSTITUTIONS_EDIT);
		return new org.springframework.web.servlet.ModelAndView("forward:/js/offline-sw.js");
	}

	@PostMapping("/api/v1/institutions/{id}/inspections/offline")
	@ResponseBody
	ResponseEntity<InspectionView> inspect(@PathVariable long id, @RequestParam Map<String, String> params,
			HttpServletRequest request) throws IOException {
		UUID clientId;
		try {
			clientId = UUID.fromString(params.getOrDefault("clientId", ""));
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessRuleViolation("clientId", "offline.clientId.required");
		}
		// scope and role before the form is read: another tenant's institution is 404,
		// not a field error
		offline.requireKept(id);
		InstitutionChecks.Received received = offline.inspectOnce(id, clientId,
				InspectionFormController.command(institutions.checklist(), params, request));
		return ResponseEntity.status(received.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(received.inspection());
	}

}
