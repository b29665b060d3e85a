package cn.xiaoan.notice;

import java.time.Instant;
import java.util.List;

/**
 * One notice as the caller may see it: its body and attachments (hidden once withdrawn
 * from a recipient), whether the caller sent it ({@code manages}: receipts, reminders,
 * withdrawal) and whom it addressed — for its sender, how many schools and bureaus here
 * ({@code localUnits}) and how many installations below it was relayed to
 * ({@code installationsBelow}, 四级联网).
 */
public record NoticeDetail(NoticeSummary summary, String body, List<AttachmentView> attachments, boolean manages,
		boolean fromSchool, StaffAudience staff, boolean toStudents, boolean toParents, Instant remindedAt,
		Instant nextRemindAt, int localUnits, int installationsBelow) {

	/** An attached file. */
	public record AttachmentView(String fileId, String fileName, String contentType, int sizeBytes) {

		public String size() {
			return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1024.0 / 1024.0)
					: Math.max(1, sizeBytes / 1024) + " KB";
		}

	}

}
