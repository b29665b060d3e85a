package cn.xiaoan.platform.backup;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import cn.xiaoan.platform.DatabaseRoles;
import cn.xiaoan.shared.OperatorCommand;
import org.flywaydb.core.Flyway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar xiaoan.jar backup <file>} and {@code restore <file>}, on the embedded
 * database (the running platform's, or started for the command) or the configured server.
 */
@Configuration(proxyBeanMethods = false)
class BackupCommands {

	@Bean
	OperatorCommand backupCommand(DatabaseRoles roles) {
		return new OperatorCommand() {
			@Override
			public String name() {
				return "backup";
			}

			@Override
			public String description() {
				return "backup <file.zip>: a consistent copy of the database (not the keys), also while the platform runs";
			}

			@Override
			public int run(List<String> args) throws Exception {
				if (args.size() != 1) {
					System.err.println("usage: backup <file.zip>");
					return 2;
				}
				Path file = Path.of(args.get(0)).toAbsolutePath();
				Path tmp = file.resolveSibling(file.getFileName() + ".part");
				BackupManifest manifest;
				try (Connection c = roles.owner().getConnection(); OutputStream out = Files.newOutputStream(tmp)) {
					manifest = DatabaseBackup.write(c, out);
				}
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				long rows = manifest.tables().stream().mapToLong(BackupManifest.Table::rows).sum();
				System.out.printf("Backed up %d tables, %d rows at schema version %s to %s (%d bytes).%n",
						manifest.tables().size(), rows, manifest.version(), file, Files.size(file));
				System.out
					.println("The keys are not in the backup: keep XIAOAN_DATA_KEY or the key file apart from it.");
				return 0;
			}
		};
	}

	@Bean
	OperatorCommand restoreCommand(DatabaseRoles roles, Environment env) {
		return new OperatorCommand() {
			@Override
			public String name() {
				return "restore";
			}

			@Override
			public String description() {
				return "restore <file.zip>: a backup into an empty database (same keys as when it was taken)";
			}

			@Override
			public int run(List<String> args) throws Exception {
				if (args.size() != 1) {
					System.err.println("usage: restore <file.zip>");
					return 2;
				}
				try (ZipFile zip = new ZipFile(Path.of(args.get(0)).toFile())) {
					DatabaseRestore.restore(roles.owner(), zip, version -> migrate(roles, env, version));
					BackupManifest manifest = DatabaseRestore.manifest(zip);
					long rows = manifest.tables().stream().mapToLong(BackupManifest.Table::rows).sum();
					System.out.printf("Restored %d tables, %d rows at schema version %s (backup of %s).%n",
							manifest.tables().size(), rows, manifest.version(), manifest.created());
				}
				return 0;
			}
		};
	}

	/** The platform's migrations, as its start runs them, up to the backup's version. */
	private static void migrate(DatabaseRoles roles, Environment env, String version) {
		Map<String, String> placeholders = new HashMap<>();
		placeholders.put(DatabaseRoles.APP_ROLE_PLACEHOLDER, roles.appRole());
		Flyway.configure()
			.dataSource(roles.owner())
			.locations(env.getProperty("spring.flyway.locations", String[].class,
					new String[] { "classpath:db/migration" }))
			.outOfOrder(env.getProperty("spring.flyway.out-of-order", Boolean.class, false))
			.createSchemas(env.getProperty("spring.flyway.create-schemas", Boolean.class, true))
			.placeholders(placeholders)
			.target(version)
			.load()
			.migrate();
	}

}
