package cn.xiaoan.opinion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A public statement drafted by the case team: its kind, title and text. */
public record DraftStatement(@NotNull StatementKind kind, @NotBlank @Size(max = 100) String title,
		@NotBlank @Size(max = 4000) String body) {

	public DraftStatement {
		title = title == null ? null : title.trim();
		body = body == null ? null : body.trim();
	}

}
