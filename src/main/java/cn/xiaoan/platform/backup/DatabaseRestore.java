package cn.xiaoan.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Restores a backup into an empty database: migrates it to the backup's schema version
 * (the caller's {@code migrate}), then copies every table in ({@code COPY … FROM STDIN}),
 * parents before children and with the tables' own triggers off (the roll-ups of
 * {@code education} must not count the restored rows twice), checks each table's rows and
 * checksum, and sets the sequences — all in one transaction.
 */
final class DatabaseRestore {

	private DatabaseRestore() {
	}

	static BackupManifest manifest(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
		if (entry == null) {
			throw new IOException("not a XiaoAn backup: no " + BackupManifest.ENTRY);
		}
		try (InputStream in = zip.getInputStream(entry)) {
			return BackupManifest.read(in);
		}
	}

	static void restore(DataSource owner, ZipFile zip, Consumer<String> migrateTo) throws IOException, SQLException {
		BackupManifest manifest = manifest(zip);
		try (Connection c = owner.getConnection()) {
			if (!DatabaseBackup.versions(c).isEmpty() || !DatabaseBackup.tables(c).isEmpty()) {
				throw new IllegalStateException("a backup is restored into an empty database only");
			}
		}
		migrateTo.accept(manifest.version());
		try (Connection c = owner.getConnection()) {
			List<String> applied = DatabaseBackup.versions(c);
			if (!new HashSet<>(applied).equals(new HashSet<>(manifest.versions()))) {
				throw new IllegalStateException("this platform's migrations differ from the backup's: "
						+ difference(manifest.versions(), applied));
			}
			c.setAutoCommit(false);
			try {
				load(c, manifest, zip);
				c.commit();
			}
			catch (SQLException | IOException | RuntimeException ex) {
				c.rollback();
				throw ex;
			}
		}
	}

	private static void load(Connection c, BackupManifest manifest, ZipFile zip) throws SQLException, IOException {
		Set<String> existing = DatabaseBackup.tables(c)
			.stream()
			.map(t -> new BackupManifest.Table(t[0], t[1], 0, "").qualified())
			.collect(Collectors.toSet());
		Map<String, BackupManifest.Table> tables = new LinkedHashMap<>();
		for (BackupManifest.Table t : manifest.tables()) {
			if (!existing.contains(t.qualified())) {
				throw new IllegalStateException("the backup has a table the schema lacks: " + t.qualified());
			}
			tables.put(t.qualified(), t);
		}
		try (Statement s = c.createStatement()) {
			// the tables' own triggers off first: an audit guard may refuse even a
			// TRUNCATE
			for (String table : tables.keySet()) {
				s.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
			}
			// a superuser also skips the foreign-key checks: the backup was consistent
			try (ResultSet rs = s.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
				if (rs.next() && rs.getBoolean(1)) {
					s.execute("SET LOCAL session_replication_role = replica");
				}
			}
			// rows the migrations seeded come back from the backup
			if (!existing.isEmpty()) {
				s.execute("TRUNCATE " + String.join(", ", existing));
			}
		}
		CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
		for (String table : parentsFirst(c, tables.keySet())) {
			BackupManifest.Table t = tables.get(table);
			ZipEntry entry = zip.getEntry(t.entry());
			if (entry == null) {
				throw new IOException("the backup lacks the data of " + table);
			}
			MessageDigest sha = DatabaseBackup.sha256();
			long rows;
			try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha)) {
				rows = copy.copyIn("COPY " + table + " FROM STDIN", in);
			}
			String checksum = HexFormat.of().formatHex(sha.digest());
			if (rows != t.rows() || !checksum.equals(t.sha256())) {
				throw new IOException("the backup's data of " + table + " is damaged: " + rows + " rows (expected "
						+ t.rows() + "), checksum " + (checksum.equals(t.sha256()) ? "matches" : "differs"));
			}
		}
		try (Statement s = c.createStatement()) {
			for (String table : tables.keySet()) {
				s.execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
			}
			for (BackupManifest.Sequence seq : manifest.sequences()) {
				s.execute("SELECT setval('" + seq.qualified().replace("'", "''") + "', " + seq.value() + ", true)");
			}
		}
	}

	/**
	 * The tables ordered so that a table comes after every table its foreign keys name.
	 */
	static List<String> parentsFirst(Connection c, Set<String> tables) throws SQLException {
		Map<String, Set<String>> parents = new HashMap<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				select quote_ident(cn.nspname) || '.' || quote_ident(cc.relname),
				       quote_ident(pn.nspname) || '.' || quote_ident(pc.relname)
				from pg_constraint k
				join pg_class cc on cc.oid = k.conrelid join pg_namespace cn on cn.oid = cc.relnamespace
				join pg_class pc on pc.oid = k.confrelid join pg_namespace pn on pn.oid = pc.relnamespace
				where k.contype = 'f' and k.conrelid <> k.confrelid""")) {
			while (rs.next()) {
				parents.computeIfAbsent(quoted(rs.getString(1)), k -> new HashSet<>()).add(quoted(rs.getString(2)));
			}
		}
		List<String> ordered = new ArrayList<>();
		Set<String> done = new HashSet<>();
		Set<String> visiting = new HashSet<>();
		for (String table : tables) {
			visit(table, tables, parents, done, visiting, ordered);
		}
		return ordered;
	}

	private static void visit(String table, Set<String> tables, Map<String, Set<String>> parents, Set<String> done,
			Set<String> visiting, List<String> ordered) {
		if (done.contains(table) || !visiting.add(table)) {
			return; // a cycle: only a superuser's restore (no foreign-key checks) loads
					// it
		}
		for (String parent : parents.getOrDefault(table, Set.of())) {
			if (tables.contains(parent)) {
				visit(parent, tables, parents, done, visiting, ordered);
			}
		}
		visiting.remove(table);
		done.add(table);
		ordered.add(table);
	}

	/** quote_ident leaves plain names bare; the manifest's names are always quoted. */
	private static String quoted(String qualified) {
		String[] parts = qualified.split("\\.", 2);
		return BackupManifest.quote(unquote(parts[0])) + "." + BackupManifest.quote(unquote(parts[1]));
	}

	private static String unquote(String identifier) {
		return identifier.startsWith("\"") ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"")
				: identifier;
	}

	private static String difference(List<String> backup, List<String> applied) {
		Set<String> missing = new HashSet<>(backup);
		applied.forEach(missing::remove);
		Set<String> extra = new HashSet<>(applied);
		backup.forEach(extra::remove);
		return "missing " + missing + ", not in the backup " + extra;
	}

}
