package cn.xiaoan.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What a backup holds: the schema version it was taken at (every applied migration), and
 * per table its rows and the SHA-256 of its data, per sequence its value. Stored as
 * {@code manifest.properties} in the zip, beside one {@code COPY} text file per table.
 */
record BackupManifest(String created, String version, List<String> versions, List<Table> tables,
		List<Sequence> sequences) {

	static final String ENTRY = "manifest.properties";

	static final String FORMAT = "xiaoan-backup-1";

	record Table(String schema, String name, long rows, String sha256) {

		String entry() {
			return "data/" + schema + "." + name + ".copy";
		}

		String qualified() {
			return quote(schema) + "." + quote(name);
		}

	}

	record Sequence(String schema, String name, long value) {

		String qualified() {
			return quote(schema) + "." + quote(name);
		}

	}

	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	void write(OutputStream out) throws IOException {
		Properties p = new Properties();
		p.setProperty("format", FORMAT);
		p.setProperty("created", created);
		p.setProperty("flyway.version", version);
		p.setProperty("flyway.versions", String.join(",", versions));
		p.setProperty("tables", Integer.toString(tables.size()));
		for (int i = 0; i < tables.size(); i++) {
			Table t = tables.get(i);
			p.setProperty("table." + i + ".schema", t.schema());
			p.setProperty("table." + i + ".name", t.name());
			p.setProperty("table." + i + ".rows", Long.toString(t.rows()));
			p.setProperty("table." + i + ".sha256", t.sha256());
		}
		p.setProperty("sequences", Integer.toString(sequences.size()));
		for (int i = 0; i < sequences.size(); i++) {
			Sequence s = sequences.get(i);
			p.setProperty("sequence." + i + ".schema", s.schema());
			p.setProperty("sequence." + i + ".name", s.name());
			p.setProperty("sequence." + i + ".value", Long.toString(s.value()));
		}
		Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
		p.store(w, "XiaoAn backup: a consistent copy of the database, without the keys");
		w.flush();
	}

	static BackupManifest read(InputStream in) throws IOException {
		Properties p = new Properties();
		try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
			p.load(r);
		}
		if (!FORMAT.equals(p.getProperty("format"))) {
			throw new IOException("not a XiaoAn backup (format " + p.getProperty("format") + ")");
		}
		List<Table> tables = new ArrayList<>();
		for (int i = 0; i < Integer.parseInt(p.getProperty("tables")); i++) {
			tables.add(new Table(p.getProperty("table." + i + ".schema"), p.getProperty("table." + i + ".name"),
					Long.parseLong(p.getProperty("table." + i + ".rows")), p.getProperty("table." + i + ".sha256")));
		}
		List<Sequence> sequences = new ArrayList<>();
		for (int i = 0; i < Integer.parseInt(p.getProperty("sequences")); i++) {
			sequences
				.add(new Sequence(p.getProperty("sequence." + i + ".schema"), p.getProperty("sequence." + i + ".name"),
						Long.parseLong(p.getProperty("sequence." + i + ".value"))));
		}
		String versions = p.getProperty("flyway.versions", "");
		return new BackupManifest(p.getProperty("created"), p.getProperty("flyway.version"),
				versions.isEmpty() ? List.of() : Arrays.asList(versions.split(",")), tables, sequences);
	}

}
