package cn.xiaoan.warning;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

/**
 * A school acknowledges (签收) a warning: the numbers of the required actions it has taken
 * ({@code done}), a note per action ({@code action<n>} → text) and a note for the whole.
 */
public record AcknowledgeWarning(List<Integer> done, Map<Integer, String> notes, @Size(max = 500) String note) {

	public AcknowledgeWarning {
		done = done == null ? List.of() : done.stream().filter(java.util.Objects::nonNull).toList();
		notes = notes == null ? Map.of() : Map.copyOf(notes);
		note = note == null ? "" : note.trim();
	}

}
