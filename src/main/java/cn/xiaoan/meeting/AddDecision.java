package cn.xiaoan.meeting;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A decision of a meeting (议定事项), which becomes a task: the owning department and person,
 * optionally the platform account that answers it, and the deadline.
 */
public record AddDecision(@NotBlank @Size(max = 500) String decision, @NotNull Department ownerDepartment,
		@NotBlank @Size(max = 50) String ownerPerson, @Size(max = 50) String assignee,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {

	public AddDecision {
		decision = decision == null ? null : decision.trim();
		ownerPerson = ownerPerson == null ? null : ownerPerson.trim();
		assignee = assignee == null ? "" : assignee.trim();
	}

}
