package cn.xiaoan.waters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A rescue-skill training of some staff of one school: when, what, by whom, how long, and
 * the certificate (number and validity) if one was given.
 */
public record RecordTraining(@NotNull Long schoolId,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate trainedOn, @NotNull TrainingKind kind,
		@NotBlank @Size(max = 200) String trainer, @NotNull @DecimalMin("0.5") @DecimalMax("200") BigDecimal hours,
		@Size(max = 100) String certificateNo, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
		List<Long> staffIds) {

	public RecordTraining {
		staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
	}

}
