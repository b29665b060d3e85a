package cn.xiaoan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's SQL names only its own schema: every string and text block in
 * {@code cn.xiaoan.<module>} and every migration in {@code db/migration/<module>}. The
 * one exception is a view that the owning module publishes for others: it is declared in
 * a migration with a {@code -- published view} comment on the line before
 * {@code create view}, and another module may read it (never write it). {@code demo}
 * builds the demo data through the modules' bulk interfaces like everyone else.
 */
class SchemaOwnershipTests {

	static final Path JAVA = Path.of("src/main/java/cn/xiaoan");

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** {@code schema.table} after a keyword that reads or writes a relation. */
	private static final Pattern RELATION = Pattern
		.compile("(?i)\\b(from|join|into|update|table|on|references|exists|truncate|copy)\\s+([a-z_]+)\\.([a-z_]+)\\b");

	private static final Pattern PUBLISHED = Pattern
		.compile("(?im)^--\\s*published view.*\\R\\s*create\\s+(?:or\\s+replace\\s+)?view\\s+([a-z_]+\\.[a-z_]+)");

	/** Schemas that belong to no module's data: PostgreSQL's own. */
	private static final Set<String> SYSTEM = Set.of("pg_catalog", "information_schema");

	@Test
	void noModuleNamesAnotherModulesSchema() {
		Set<String> schemas = schemas();
		Set<String> published = publishedViews();
		List<String> offenders = new ArrayList<>();
		for (Path module : modules()) {
			String owner = module.getFileName().toString();
			for (Path source : files(module, ".java")) {
				offenders.addAll(crossings(owner, source, read(source), schemas, published));
			}
			Path migrations = MIGRATIONS.resolve(owner);
			if (Files.isDirectory(migrations)) {
				for (Path migration : files(migrations, ".sql")) {
					offenders.addAll(crossings(owner, migration, read(migration), schemas, Set.of()));
				}
			}
		}
		assertThat(offenders).as("SQL naming another module's schema; ask its API or a view it publishes").isEmpty();
	}

	@Test
	void theScanSeesACrossSchemaQuery() {
		String education = """
				jdbc.sql(\"""
				    select s.name from people.student s join education.assignment a on a.student_id = s.id\""")""";
		assertThat(crossings("education", Path.of("X.java"), education, Set.of("people", "education"), Set.of()))
			.singleElement()
			.asString()
			.contains("people.student");
		assertThat(crossings("education", Path.of("X.java"), education, Set.of("people", "education"),
				Set.of("people.student")))
			.isEmpty();
	}

	@Test
	void aPublishedViewMayOnlyBeRead() {
		String writes = "jdbc.sql(\"update org.unit_label set name = 'x'\")";
		assertThat(crossings("education", Path.of("X.java"), writes, Set.of("org"), Set.of("org.unit_label")))
			.hasSize(1);
	}

	static List<String> crossings(String owner, Path file, String text, Set<String> schemas, Set<String> published) {
		List<String> found = new ArrayList<>();
		Matcher m = RELATION.matcher(text);
		while (m.find()) {
			String keyword = m.group(1).toLowerCase();
			String schema = m.group(2).toLowerCase();
			String relation = schema + "." + m.group(3).toLowerCase();
			if (schema.equals(owner) || SYSTEM.contains(schema) || !schemas.contains(schema)) {
				continue;
			}
			boolean reads = keyword.equals("from") || keyword.equals("join") || keyword.equals("exists");
			if (reads && published.contains(relation)) {
				continue;
			}
			int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
			found.add(file + ":" + line + " " + m.group().replaceAll("\\s+", " "));
		}
		return found;
	}

	/** Every schema that a module's migrations create. */
	static Set<String> schemas() {
		try (Stream<Path> dirs = Files.list(MIGRATIONS)) {
			return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).collect(Collectors.toSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Set<String> publishedViews() {
		Set<String> views = new java.util.HashSet<>();
		for (Path migration : files(MIGRATIONS, ".sql")) {
			PUBLISHED.matcher(read(migration)).results().forEach(r -> views.add(r.group(1).toLowerCase()));
		}
		return views;
	}

	private static List<Path> modules() {
		try (Stream<Path> dirs = Files.list(JAVA)) {
			return dirs.filter(Files::isDirectory).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Path> files(Path dir, String suffix) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
