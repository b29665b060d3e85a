package cn.xiaoan.liaison;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A duty a 法治副校长 did at the school: when, what kind, what. */
public record LogDuty(@NotNull @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
		@NotNull DutyKind kind, @NotBlank @Size(max = 300) String what) {

	public LogDuty {
		what = what == null ? null : what.trim();
	}

}
