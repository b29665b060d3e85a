package cn.xiaoan.accident;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The commands of an accident's handling, validated as they are bound. */
final class HandlingCommands {

	private HandlingCommands() {
	}

	/**
	 * 报案 to the 校方责任险 insurer: who, the policy, when told (Beijing time), the amount
	 * claimed, and the person hurt it is for (none: the accident as a whole).
	 */
	record RecordClaim(Long victimId, @NotBlank @Size(max = 100) String insurer,
			@NotBlank @Size(max = 50) String policyNo,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime notifiedAt,
			@NotNull @DecimalMin("0") @DecimalMax("100000000") BigDecimal claimYuan) {

		RecordClaim {
			insurer = insurer == null ? null : insurer.trim();
			policyNo = policyNo == null ? null : policyNo.trim();
		}

	}

	/** The claim's next step; 赔付 names the amount paid. */
	record AdvanceClaim(@DecimalMin("0") @DecimalMax("100000000") BigDecimal paidYuan) {
	}

	/** 责任认定 with its basis (the facts and the article of 《学生伤害事故处理办法》). */
	record DetermineResponsibility(@NotNull Responsibility responsibility, @NotBlank @Size(max = 1000) String basis) {

		DetermineResponsibility {
			basis = basis == null ? null : basis.trim();
		}

	}

	/** 调解: a meeting with the family: when, who took part, what came of it. */
	record RecordMediation(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@NotBlank @Size(max = 300) String parties, @NotBlank @Size(max = 1000) String outcome) {

		RecordMediation {
			parties = parties == null ? null : parties.trim();
			outcome = outcome == null ? null : outcome.trim();
		}

	}

	/** 校闹: disruption of the school over the accident, handled with the police. */
	record RecordDisruption(@NotBlank @Size(max = 1000) String note) {

		RecordDisruption {
			note = note == null ? null : note.trim();
		}

	}

	/** 结案报告. */
	record CloseAccident(@NotBlank @Size(max = 2000) String closingReport) {

		CloseAccident {
			closingReport = closingReport == null ? null : closingReport.trim();
		}

	}

}
