package cn.xiaoan.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * The passwords of the embedded database's two roles, generated at its first start and
 * kept in a file readable only by the platform's user beside the data directory
 * ({@code data/pg.secret} for {@code data/pg}): the owner ({@code postgres}, which runs
 * the migrations) and the application role the web application connects as. Never logged.
 */
public record DatabaseSecret(String ownerPassword, String appPassword) {

	/** The embedded database's owner: the superuser created by initdb. */
	public static final String OWNER = "postgres";

	/** The role the running platform connects as. */
	public static final String APP = "xiaoan_app";

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * The secret file of a data directory: {@code
	 *
	<dir>
	 * .secret} beside it.
	 */
	public static Path fileOf(Path dataDir) {
		return dataDir.resolveSibling(dataDir.getFileName() + ".secret");
	}

	/** Reads the data directory's secret, creating one with fresh passwords if absent. */
	public static DatabaseSecret loadOrCreate(Path dataDir) {
		Path file = fileOf(dataDir);
		try {
			if (Files.exists(file)) {
				return read(file);
			}
			DatabaseSecret secret = new DatabaseSecret(generate(), generate());
			Properties p = new Properties();
			p.setProperty("owner", secret.ownerPassword());
			p.setProperty("app", secret.appPassword());
			Files.createDirectories(file.getParent());
			Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
			Files.deleteIfExists(tmp);
			Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
				p.store(out, "XiaoAn embedded PostgreSQL passwords: keep private, keep with the data directory");
			}
			Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			return secret;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads an existing secret file. */
	public static DatabaseSecret read(Path file) throws IOException {
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(in);
		}
		String owner = p.getProperty("owner");
		String app = p.getProperty("app");
		if (owner == null || app == null) {
			throw new IOException("The database secret " + file + " lacks the owner or app password");
		}
		return new DatabaseSecret(owner, app);
	}

	private static String generate() {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
		StringBuilder s = new StringBuilder(32);
		for (int i = 0; i < 32; i++) {
			s.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return s.toString();
	}

	@Override
	public String toString() {
		return "DatabaseSecret[hidden]";
	}

}
