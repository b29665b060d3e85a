package cn.xiaoan.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files under {@code xiaoan.files.dir} (default ./data/files), two directory levels by
 * id. A file is written to a temporary name and moved into place, so a crash never leaves
 * half a file under its id.
 */
@Component
class DiskFileStore implements FileStore {

	private final Path root;

	DiskFileStore(@Value("${xiaoan.files.dir:./data/files}") String dir) {
		this.root = Path.of(dir).toAbsolutePath().normalize();
	}

	@Override
	public void put(UUID id, byte[] bytes) throws IOException {
		Path target = path(id);
		Files.createDirectories(target.getParent());
		Path temp = Files.createTempFile(target.getParent(), "upload", ".tmp");
		Files.write(temp, bytes);
		Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	@Override
	public byte[] get(UUID id) throws IOException {
		return Files.readAllBytes(path(id));
	}

	@Override
	public void put(UUID id, java.io.InputStream in) throws IOException {
		Path target = path(id);
		Files.createDirectories(target.getParent());
		Path temp = Files.createTempFile(target.getParent(), "upload", ".tmp");
		try {
			Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	@Override
	public org.springframework.core.io.Resource resource(UUID id) throws IOException {
		Path file = path(id);
		if (!Files.isReadable(file)) {
			throw new java.io.FileNotFoundException(id.toString());
		}
		return new org.springframework.core.io.FileSystemResource(file);
	}

	private Path path(UUID id) {
		String name = id.toString();
		return root.resolve(name.substring(0, 2)).resolve(name.substring(2, 4)).resolve(name);
	}

}
