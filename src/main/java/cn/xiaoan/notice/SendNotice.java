package cn.xiaoan.notice;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import cn.xiaoan.org.SchoolType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new notice. A bureau addresses the schools of {@code regionCode} (its own region when
 * blank), narrowed to school types or chosen schools, their {@code staff}, and with
 * {@code lowerBureaus} the bureaus below it; a school addresses its {@code staff} and the
 * students and/or parents of {@code classIds}. {@code publish} false keeps it a draft.
 */
public record SendNotice(@NotNull NoticeCategory category, @NotBlank @Size(max = 100) String title,
		@NotBlank @Size(max = 5000) String body, Boolean receiptRequired,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime readBy, StaffAudience staff,
		String regionCode, List<SchoolType> schoolTypes, List<Long> schoolIds, Boolean lowerBureaus,
		List<Long> classIds, Boolean toStudents, Boolean toParents, Boolean publish) {

	/**
	 * Booleans are boxed so that a form leaving an unticked box out binds as false rather
	 * than failing as a type mismatch.
	 */
	public SendNotice {
		receiptRequired = Boolean.TRUE.equals(receiptRequired);
		lowerBureaus = Boolean.TRUE.equals(lowerBureaus);
		toStudents = Boolean.TRUE.equals(toStudents);
		toParents = Boolean.TRUE.equals(toParents);
		publish = Boolean.TRUE.equals(publish);
		title = title == null ? null : title.trim();
		body = body == null ? null : body.strip();
		staff = staff == null ? StaffAudience.NONE : staff;
		regionCode = regionCode == null ? "" : regionCode.trim();
		schoolTypes = schoolTypes == null ? List.of() : List.copyOf(schoolTypes);
		schoolIds = schoolIds == null ? List.of() : schoolIds.stream().filter(Objects::nonNull).distinct().toList();
		classIds = classIds == null ? List.of() : classIds.stream().filter(Objects::nonNull).distinct().toList();
	}

	/** At most this many attachments. */
	static final int MAX_ATTACHMENTS = 5;

	/** The reading deadline in Beijing time, when a receipt is required. */
	java.time.Instant readByInstant() {
		return receiptRequired && readBy != null ? readBy.atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant()
				: null;
	}

	/** The deadline lies ahead (at most a year), the attachments are not too many. */
	void check(int attachments, java.time.Instant now) {
		java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
		java.time.Instant due = readByInstant();
		if (due != null && !due.isAfter(now)) {
			errors.put("readBy", "notice.readBy.past");
		}
		else if (due != null && due.isAfter(now.plus(java.time.Duration.ofDays(366)))) {
			errors.put("readBy", "notice.readBy.tooFar");
		}
		if (attachments > MAX_ATTACHMENTS) {
			errors.put("attachments", "notice.attachments.tooMany");
		}
		if (!errors.isEmpty()) {
			throw new cn.xiaoan.shared.BusinessRuleViolation(errors);
		}
	}

	/** A file to attach: its name and bytes. */
	public record Attachment(String fileName, byte[] bytes) {
	}

}
