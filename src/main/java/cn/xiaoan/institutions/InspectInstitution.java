package cn.xiaoan.institutions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An inspection as the inspector records it on a phone: each check item passed or failed
 * with a note (and a photo), the outcome and — to rectify — a deadline (blank: the
 * policy's default), or — to ban — the students to resettle and the fees to refund.
 */
public record InspectInstitution(@NotNull LocalDate inspectedOn, @NotNull Outcome outcome, LocalDate deadline,
		@Size(max = 500) String note, @Valid List<Answer> answers, Integer students, BigDecimal feesToRefund) {

	public InspectInstitution {
		note = note == null ? "" : note.trim();
		answers = answers == null ? List.of() : List.copyOf(answers);
	}

	/** One check item's result; a photo is optional. */
	public record Answer(long itemId, @NotNull Boolean passed, @Size(max = 300) String note, byte[] photo,
			String photoName) {

		public Answer {
			note = note == null ? "" : note.trim();
		}

		public boolean failed() {
			return !passed;
		}

	}

}
