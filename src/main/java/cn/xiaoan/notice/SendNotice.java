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
		@NotBlank @Size(max = 5000) String body, boolean receiptRequired,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime readBy, StaffAudience staff,
		String regionCode, List<SchoolType> schoolTypes, List<Long> schoolIds, boolean lowerBureaus,
		List<Long> classIds, boolean toStudents, boolean toParents, boolean publish) {

	public SendNotice {
		title = title == null ? null : title.trim();
		body = body == null ? null : body.strip();
		staff = staff == null ? StaffAudience.NONE : staff;
		regionCode = regionCode == null ? "" : regionCode.trim();
		schoolTypes = schoolTypes == null ? List.of() : List.copyOf(schoolTypes);
		schoolIds = schoolIds == null ? List.of() : schoolIds.stream().filter(Objects::nonNull).distinct().toList();
		classIds = classIds == null ? List.of() : classIds.stream().filter(Objects::nonNull).distinct().toList();
	}

	/** A file to attach: its name and bytes. */
	public record Attachment(String fileName, byte[] bytes) {
	}

}
