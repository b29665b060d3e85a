package cn.xiaoan.file;

import java.io.IOException;
import java.util.UUID;

/**
 * Where file bytes live: the local disk by default, object storage when the platform
 * scales out.
 */
interface FileStore {

	void put(UUID id, byte[] bytes) throws IOException;

	byte[] get(UUID id) throws IOException;

	/** Copies a stream (a video) into place without holding it in memory. */
	void put(UUID id, java.io.InputStream in) throws IOException;

	/** The file as a resource, so large files stream and answer HTTP range requests. */
	org.springframework.core.io.Resource resource(UUID id) throws IOException;

}
