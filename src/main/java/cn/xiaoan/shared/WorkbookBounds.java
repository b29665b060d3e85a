package cn.xiaoan.shared;

import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The limits an uploaded workbook must keep before anything parses it: its size, and how
 * far its parts inflate. An .xlsx is a zip; a few kilobytes of repeated XML can inflate
 * to gigabytes (a zip bomb), so every part is inflated once here, counting, and the file
 * is refused as soon as a part inflates more than {@value #MAX_RATIO} times its
 * compressed size (past {@value #RATIO_GRACE_BYTES} bytes, as Apache POI's
 * {@code ZipSecureFile} does) or all parts together pass {@link #MAX_INFLATED_BYTES}.
 */
final class WorkbookBounds {

	/** The largest upload read: a 30,000-row student sheet is about 2 MB. */
	static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

	static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;

	static final int MAX_RATIO = 100;

	static final long RATIO_GRACE_BYTES = 1024 * 1024;

	private WorkbookBounds() {
	}

	/** The problem's message key, or null when the workbook keeps the limits. */
	static String problem(byte[] workbook) {
		if (workbook.length > MAX_FILE_BYTES) {
			return "import.file.toolarge";
		}
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		// Random access through the central directory, as the reader itself opens it.
		try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook)).get()) {
			for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
				long packed = Math.max(1, entry.getCompressedSize());
				long inflated = 0;
				try (InputStream in = zip.getInputStream(entry)) {
					int n;
					while ((n = in.read(buffer)) > 0) {
						inflated += n;
						total += n;
						if (total > MAX_INFLATED_BYTES
								|| (inflated > RATIO_GRACE_BYTES && inflated / packed > MAX_RATIO)) {
							return "import.file.inflated";
						}
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			return "import.file.unreadable";
		}
		return null;
	}

}
