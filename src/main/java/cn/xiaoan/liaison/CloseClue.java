package cn.xiaoan.liaison;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The police's outcome of a clue (立案/不予立案/移交/已处置) with a note. */
public record CloseClue(@NotNull ClueOutcome outcome, @Size(max = 500) String note) {

	public CloseClue {
		note = note == null ? "" : note.trim();
	}

}
