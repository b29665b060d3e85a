package cn.xiaoan.care;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Flag a student at risk, with a confidential note. */
public record FlagStudent(@NotNull RiskFlag flag, @Size(max = 500) String note) {

	public FlagStudent {
		note = note == null ? "" : note.trim();
	}

}
