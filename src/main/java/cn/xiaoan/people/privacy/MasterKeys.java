package cn.xiaoan.people.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the master keys come from: {@code XIAOAN_DATA_KEY} (one base64 key, or a list
 * {@code 1:…,2:…}), or else a key file kept outside the data directory so that a copy of
 * {@code ./data} is not also a copy of the key (ADR 0015). The key file lives in
 * {@code xiaoan.keys.dir} ({@code XIAOAN_KEYS_DIR}), by default
 * {@code $XDG_CONFIG_HOME/xiaoan/keys} or {@code ~/.config/xiaoan/keys}, mode 0600 in a
 * 0700 directory; {@code xiaoan.data-key-file} names the file itself.
 */
@Component
class MasterKeys {

	static final String FILE_NAME = "personal-data.key";

	private static final Logger log = LoggerFactory.getLogger(MasterKeys.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String environment;

	private final Path file;

	private final Path oldFile;

	private final boolean fileNamed;

	MasterKeys(@Value("${xiaoan.data-key:}") String environment, @Value("${xiaoan.data-key-file:}") String file,
			@Value("${xiaoan.keys.dir:}") String dir,
			@Value("${xiaoan.keys.old-file:./data/keys/personal-data.key}") String oldFile) {
		this.environment = environment.trim();
		this.fileNamed = !file.isBlank();
		this.file = (fileNamed ? Path.of(file) : (dir.isBlank() ? defaultDir() : Path.of(dir)).resolve(FILE_NAME))
			.toAbsolutePath()
			.normalize();
		this.oldFile = Path.of(oldFile).toAbsolutePath().normalize();
	}

	/** {@code $XDG_CONFIG_HOME/xiaoan/keys}, or {@code ~/.config/xiaoan/keys}. */
	static Path defaultDir() {
		return defaultDir(System.getenv("XDG_CONFIG_HOME"), System.getProperty("user.home"));
	}

	static Path defaultDir(String configHome, String home) {
		Path base = configHome != null && !configHome.isBlank() && Path.of(configHome).isAbsolute()
				? Path.of(configHome) : Path.of(home, ".config");
		return base.resolve("xiaoan").resolve("keys");
	}

	boolean fromEnvironment() {
		return !environment.isEmpty();
	}

	Path file() {
		return file;
	}

	/**
	 * The keys, sorted by id; creates the key file with a first key when there is none.
	 */
	List<MasterKey> load() throws IOException {
		if (fromEnvironment()) {
			return sorted(Arrays.stream(environment.split("[,\\s]+")).filter(s -> !s.isBlank()).map(MasterKey::parse));
		}
		if (!fileNamed) {
			moveOldFile();
		}
		if (!Files.exists(file)) {
			byte[] first = new byte[32];
			RANDOM.nextBytes(first);
			write(List.of(new MasterKey(1, first)));
			log.info("Created the personal-data key file {}: back it up, separately from the database", file);
		}
		Path dataDir = oldFile.getParent() == null ? null : oldFile.getParent().getParent();
		if (dataDir != null && file.startsWith(dataDir)) {
			log.warn("The personal-data key file {} is inside the data directory: a copy of the data is then also "
					+ "a copy of the key (set XIAOAN_KEYS_DIR elsewhere)", file);
		}
		return read(file);
	}

	/** The key file's modification time, to notice a key added by another process. */
	FileTime modified() {
		try {
			return fromEnvironment() || !Files.exists(file) ? FileTime.fromMillis(0) : Files.getLastModifiedTime(file);
		}
		catch (IOException ex) {
			return FileTime.fromMillis(0);
		}
	}

	/** Adds a new random key with the next id; it becomes the current key. */
	MasterKey add() throws IOException {
		List<MasterKey> keys = new ArrayList<>(load());
		byte[] material = new byte[32];
		RANDOM.nextBytes(material);
		MasterKey added = new MasterKey(keys.get(keys.size() - 1).id() + 1, material);
		if (!fromEnvironment()) {
			keys.add(added);
			write(keys);
		}
		return added;
	}

	/** Removes a key from the key file (the caller checked nothing is left under it). */
	void remove(int id) throws IOException {
		List<MasterKey> keys = new ArrayList<>(load());
		keys.removeIf(k -> k.id() == id);
		write(keys);
	}

	static List<MasterKey> read(Path file) throws IOException {
		return sorted(Files.readAllLines(file)
			.stream()
			.map(String::trim)
			.filter(line -> !line.isEmpty() && !line.startsWith("#"))
			.map(MasterKey::parse));
	}

	private static List<MasterKey> sorted(java.util.stream.Stream<MasterKey> keys) {
		List<MasterKey> list = keys.sorted(Comparator.comparingInt(MasterKey::id)).toList();
		if (list.isEmpty()) {
			throw new IllegalStateException("no personal-data master key is configured");
		}
		for (int i = 1; i < list.size(); i++) {
			if (list.get(i).id() == list.get(i - 1).id()) {
				throw new IllegalStateException("two personal-data master keys have the id " + list.get(i).id());
			}
		}
		return list;
	}

	// Before ADR 0015 the key file sat in ./data/keys, next to the database files.
	private void moveOldFile() throws IOException {
		if (!Files.exists(oldFile)) {
			return;
		}
		List<MasterKey> old = read(oldFile);
		if (Files.exists(file)) {
			List<MasterKey> current = read(file);
			boolean known = old.stream()
				.allMatch(o -> current.stream()
					.anyMatch(c -> c.id() == o.id() && Arrays.equals(c.material(), o.material())));
			if (!known) {
				throw new IllegalStateException("The personal-data key in " + oldFile + " differs from the one in "
						+ file + ": this installation's data was encrypted with the first. Set XIAOAN_KEYS_DIR to a "
						+ "directory of this installation's own and start again; the key will be moved there. (Demo data "
						+ "can instead be dropped with its directory and generated afresh.)");
			}
		}
		else {
			write(old);
		}
		Files.delete(oldFile);
		log.warn("Moved the personal-data key from {} to {}, outside the data directory: back the key up "
				+ "separately from the database", oldFile, file);
	}

	private void write(List<MasterKey> keys) throws IOException {
		Path dir = file.getParent();
		boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
		if (posix) {
			Files.createDirectories(dir,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
		}
		else {
			Files.createDirectories(dir);
		}
		StringBuilder text = new StringBuilder("# XiaoAn personal-data master keys, <id>:<base64>; the highest id "
				+ "encrypts new data.\n# Back this file up separately from the database. Never edit a line.\n");
		keys.forEach(k -> text.append(k.format()).append('\n'));
		Path temp = posix
				? Files.createTempFile(dir, ".keys", ".tmp",
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
				: Files.createTempFile(dir, ".keys", ".tmp");
		try {
			Files.writeString(temp, text);
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

}
