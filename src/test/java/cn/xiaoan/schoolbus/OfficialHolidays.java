package cn.xiaoan.schoolbus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The holidays and make-up days the schoolbus migration ships, read from the migration
 * itself, so the calendar tests check the data users get.
 */
final class OfficialHolidays {

	private static final Path MIGRATION = Path
		.of("src/main/resources/db/migration/schoolbus/V202612050401__schoolbus.sql");

	private static final Pattern ROW = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', (true|false),");

	private OfficialHolidays() {
	}

	static Map<LocalDate, Boolean> table() {
		try {
			Map<LocalDate, Boolean> days = new HashMap<>();
			Matcher m = ROW.matcher(Files.readString(MIGRATION));
			while (m.find()) {
				days.put(LocalDate.parse(m.group(1)), Boolean.parseBoolean(m.group(2)));
			}
			return days;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
