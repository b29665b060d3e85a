package cn.xiaoan.bullying;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An interview or a statement: whose words, who spoke, what was said. */
public record RecordStatement(@NotNull StatementKind kind, @NotBlank @Size(max = 50) String speaker,
		@NotBlank @Size(max = 4000) String content) {
}
