package cn.xiaoan.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A task done (已办结): what was done, and the evidence (documents, photos, where kept). */
public record CloseTask(@NotBlank @Size(max = 1000) String result, @Size(max = 500) String evidence) {

	public CloseTask {
		result = result == null ? null : result.trim();
		evidence = evidence == null ? "" : evidence.trim();
	}

}
