package cn.xiaoan.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away PostgreSQL cluster of Debian's server packages on a free port (trust
 * authentication, 127.0.0.1 only), or a streaming replica of one made with
 * {@code pg_basebackup -R}: the deployment's primary and replica in small. PostgreSQL
 * refuses to run as root, so as root (CI) its tools run as the {@code postgres} user of
 * Debian's package, in directories that user owns.
 */
public final class PgCluster implements AutoCloseable {

	public static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

	private final Path dir;

	private final int port;

	private PgCluster(Path dir, int port) {
		this.dir = dir;
		this.port = port;
	}

	public static boolean available() {
		return Files.isExecutable(BIN.resolve("pg_basebackup")) && Files.isExecutable(BIN.resolve("initdb"));
	}

	/**
	 * A directory under the system's temporary directory that the server's user may
	 * write.
	 */
	public static Path workDir() throws IOException {
		Path dir = Files.createTempDirectory("xiaoan-pg");
		if (ROOT) {
			run("chown", "postgres:postgres", dir.toString());
		}
		return dir;
	}

	public static PgCluster primary(Path dir) throws IOException {
		run(BIN.resolve("initdb").toString(), "-D", dir.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8",
				"--no-sync");
		return new PgCluster(dir, freePort()).start();
	}

	public PgCluster replica(Path replicaDir) throws IOException {
		run(BIN.resolve("pg_basebackup").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres",
				"-D", replicaDir.toString(), "-R", "-X", "stream", "--no-sync");
		return new PgCluster(replicaDir, freePort()).start();
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
	}

	public void stop() throws IOException {
		run(BIN.resolve("pg_ctl").toString(), "-D", dir.toString(), "-m", "fast", "-w", "stop");
	}

	@Override
	public void close() throws IOException {
		if (Files.exists(dir.resolve("postmaster.pid"))) {
			stop();
		}
	}

	private PgCluster start() throws IOException {
		run(BIN.resolve("pg_ctl").toString(), "-D", dir.toString(), "-w", "-l", dir.resolve("server.log").toString(),
				"-o",
				"-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='" + dir + "' -c fsync=off",
				"start");
		return this;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

	private static void run(String... command) throws IOException {
		List<String> cmd = new ArrayList<>();
		if (ROOT && command[0].startsWith(BIN.toString())) {
			cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		cmd.addAll(List.of(command));
		Process process = new ProcessBuilder(cmd).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IOException("failed: " + String.join(" ", cmd));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

}
