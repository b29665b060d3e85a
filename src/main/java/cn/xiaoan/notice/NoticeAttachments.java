package cn.xiaoan.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.xiaoan.file.Files;
import cn.xiaoan.file.StoredFile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The files of notices: stored through the file module (type sniffed, size-limited) and
 * listed with their notice, for a notice sent here and one received from above alike; and
 * read back as they travel to an installation below.
 */
@Component
class NoticeAttachments {

	private final JdbcClient jdbc;

	private final Files files;

	NoticeAttachments(JdbcClient jdbc, Files files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	/** Stores a file and attaches it; the file module refuses an unfit one. */
	void attach(long noticeId, String fileName, byte[] bytes, Long schoolId, String region) {
		StoredFile file = files.storeDocument("attachments", bytes, fileName, schoolId, region);
		jdbc.sql("""
				insert into notice.attachment (notice_id, file_id, file_name, content_type, size_bytes)
				values (:n, :f, :name, :type, :size)""")
			.param("n", noticeId)
			.param("f", file.id())
			.param("name", file.fileName())
			.param("type", file.contentType())
			.param("size", file.sizeBytes())
			.update();
	}

	/**
	 * The notice with its files as an installation below receives them: those up to
	 * {@code max} bytes, the names of larger ones in {@code leftOut}.
	 */
	NoticeFromAbove withFiles(NoticeFromAbove n, int max) {
		List<NoticeFromAbove.File> attached = new ArrayList<>();
		List<String> leftOut = new ArrayList<>();
		jdbc.sql("""
				select file_id, file_name, size_bytes from notice.attachment
				where notice_id = :id order by file_name, file_id""").param("id", n.noticeId()).query(rs -> {
			if (rs.getInt(3) > max) {
				leftOut.add(rs.getString(2));
				return;
			}
			try (InputStream in = files.openAttached(rs.getObject(1, UUID.class)).resource().getInputStream()) {
				attached.add(new NoticeFromAbove.File(rs.getString(2), in.readAllBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return new NoticeFromAbove(n.noticeId(), n.senderPrefix(), n.senderName(), n.category(), n.title(), n.body(),
				n.staffRoles(), n.lowerBureaus(), n.targetPrefix(), n.schoolTypes(), n.receiptRequired(), n.readBy(),
				attached, leftOut);
	}

}
