package cn.xiaoan.platform.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * One consistent backup of the platform's database: every table of every schema but
 * PostgreSQL's own, copied out ({@code COPY … TO STDOUT}) in one REPEATABLE READ READ
 * ONLY transaction, so all of them show the same moment while the platform keeps running.
 * The keys are not in it: they never are in the database.
 */
final class DatabaseBackup {

	/** Schemas that are PostgreSQL's, not the platform's. */
	static final String PLATFORM_SCHEMAS = "n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'";

	/** Flyway's own table: a restore migrates, which writes it. */
	static final String HISTORY = "flyway_schema_history";

	private DatabaseBackup() {
	}

	static BackupManifest write(Connection c, OutputStream out) throws SQLException, IOException {
		boolean autoCommit = c.getAutoCommit();
		c.setAutoCommit(false);
		c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		c.setReadOnly(true);
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			List<String> versions = versions(c);
			List<BackupManifest.Table> tables = new ArrayList<>();
			CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
			for (String[] table : tables(c)) {
				BackupManifest.Table named = new BackupManifest.Table(table[0], table[1], 0, "");
				zip.putNextEntry(new ZipEntry(named.entry()));
				MessageDigest sha = sha256();
				LineCounter lines = new LineCounter(new DigestOutputStream(nonClosing(zip), sha));
				copy.copyOut("COPY " + named.qualified() + " TO STDOUT", lines);
				lines.flush();
				zip.closeEntry();
				tables.add(new BackupManifest.Table(table[0], table[1], lines.count,
						HexFormat.of().formatHex(sha.digest())));
			}
			BackupManifest manifest = new BackupManifest(OffsetDateTime.now().toString(),
					versions.isEmpty() ? "" : versions.get(versions.size() - 1), versions, tables, sequences(c));
			zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
			manifest.write(nonClosing(zip));
			zip.closeEntry();
			c.commit();
			return manifest;
		}
		finally {
			c.setReadOnly(false);
			c.setAutoCommit(autoCommit);
		}
	}

	/** Applied migrations by version, the highest last. */
	static List<String> versions(Connection c) throws SQLException {
		String history = historyTable(c);
		List<String> versions = new ArrayList<>();
		if (history == null) {
			return versions;
		}
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select version from " + history
						+ " where success and version is not null order by string_to_array(version, '.')::numeric[]")) {
			while (rs.next()) {
				versions.add(rs.getString(1));
			}
		}
		return versions;
	}

	static String historyTable(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(
						"select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables "
								+ "where table_name = '" + HISTORY + "' order by table_schema limit 1")) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	/** The platform's tables (partitions, not their parents), by schema and name. */
	static List<String[]> tables(Connection c) throws SQLException {
		List<String[]> tables = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select n.nspname, c.relname from pg_class c "
						+ "join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r' and " + PLATFORM_SCHEMAS
						+ " and c.relname <> '" + HISTORY + "' order by 1, 2")) {
			while (rs.next()) {
				tables.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		return tables;
	}

	private static List<BackupManifest.Sequence> sequences(Connection c) throws SQLException {
		List<BackupManifest.Sequence> sequences = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(
						"select schemaname, sequencename, last_value from pg_sequences n where last_value is not null and "
								+ PLATFORM_SCHEMAS.replace("n.nspname", "n.schemaname") + " order by 1, 2")) {
			while (rs.next()) {
				sequences.add(new BackupManifest.Sequence(rs.getString(1), rs.getString(2), rs.getLong(3)));
			}
		}
		return sequences;
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static OutputStream nonClosing(OutputStream out) {
		return new FilterOutputStream(out) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		};
	}

	/**
	 * Counts rows of COPY's text format: one line each (newlines in values are escaped).
	 */
	private static final class LineCounter extends FilterOutputStream {

		long count;

		LineCounter(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			if (b == '\n') {
				count++;
			}
			out.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			for (int i = off; i < off + len; i++) {
				if (b[i] == '\n') {
					count++;
				}
			}
			out.write(b, off, len);
		}

	}

}
