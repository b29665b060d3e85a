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

}
