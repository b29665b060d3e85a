package cn.xiaoan.file;

import java.util.UUID;

/** A stored file's description. */
public record StoredFile(UUID id, Long schoolId, String regionCode, String contentType, int sizeBytes,
		String fileName) {
}
