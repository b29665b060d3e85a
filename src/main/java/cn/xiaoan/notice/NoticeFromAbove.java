package cn.xiaoan.notice;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import cn.xiaoan.org.SchoolType;
import cn.xiaoan.shared.Role;

/**
 * A bureau's notice as it travels between installations (四级联网): what it says, who sent
 * it, and what it addressed — the schools below {@code targetPrefix} of
 * {@code schoolTypes} (every type when empty), their {@code staffRoles} (none: no
 * schools), and with {@code lowerBureaus} the bureaus below — so that the installation
 * below addresses the same among its own. Attachments travel as files; those above the
 * size cap are named in {@code leftOut}.
 */
public record NoticeFromAbove(long noticeId, String senderPrefix, String senderName, NoticeCategory category,
		String title, String body, Set<Role> staffRoles, boolean lowerBureaus, String targetPrefix,
		List<SchoolType> schoolTypes, boolean receiptRequired, Instant readBy, List<File> attachments,
		List<String> leftOut) {

	public NoticeFromAbove {
		staffRoles = staffRoles == null ? Set.of() : Set.copyOf(staffRoles);
		schoolTypes = schoolTypes == null ? List.of() : List.copyOf(schoolTypes);
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
		leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
	}

	/** An attached file: its name and bytes. */
	public record File(String fileName, byte[] bytes) {
	}

}
