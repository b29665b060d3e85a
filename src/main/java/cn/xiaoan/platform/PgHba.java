package cn.xiaoan.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The embedded server's {@code pg_hba.conf}: whether it trusts, and making it not. */
final class PgHba {

	private static final Pattern TRUST = Pattern.compile("\\btrust\\s*$");

	private PgHba() {
	}

	static boolean trusts(Path hba) throws IOException {
		return Files.readAllLines(hba).stream().anyMatch(PgHba::trustLine);
	}

	/** Every rule that trusted now asks for a SCRAM password. */
	static void requirePasswords(Path hba) throws IOException {
		List<String> lines = Files.readAllLines(hba)
			.stream()
			.map(l -> trustLine(l) ? TRUST.matcher(l).replaceFirst("scram-sha-256") : l)
			.toList();
		Files.write(hba, lines);
	}

	private static boolean trustLine(String line) {
		String l = line.strip();
		return !l.startsWith("#") && TRUST.matcher(l).find();
	}

}
