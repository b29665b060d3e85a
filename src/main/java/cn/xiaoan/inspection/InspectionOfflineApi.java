package cn.xiaoan.inspection;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import cn.xiaoan.shared.BusinessRuleViolation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The submission the phone's queue sends when the network returns (ADR 0043): the task
 * form's own fields plus the client id the phone generated, answered 201 the first time
 * and 200 with the same task on a resend; bad input is a 400 with field errors.
 */
@RestController
class InspectionOfflineApi {

	private final InspectionManagement inspections;

	InspectionOfflineApi(InspectionManagement inspections) {
		this.inspections = inspections;
	}

	@PostMapping("/api/v1/inspections/tasks/{id}/offline")
	ResponseEntity<Signed> submit(@PathVariable long id, @RequestParam(required = false) String clientId,
			@RequestParam MultiValueMap<String, String> form, HttpServletRequest request) throws IOException {
		TaskDetail detail = inspections.task(id);
		InspectionManagement.Received received = inspections.submitOnce(id, uuid(clientId),
				new SubmitInspection(InspectionController.answers(detail, form),
						"true".equals(form.getFirst("confirmed")), InspectionController.photos(request, detail)));
		TaskView task = received.task().task();
		return ResponseEntity.status(received.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(new Signed(task.id(), clientId, task.signedName(), task.failedCount()));
	}

	/** The answer the phone's queue reads. */
	record Signed(long id, String clientId, String signedName, int failed) {
	}

	private static UUID uuid(String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new BusinessRuleViolation("clientId", "offline.clientId.required");
		}
	}

}
