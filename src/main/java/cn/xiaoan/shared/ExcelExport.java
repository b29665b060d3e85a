package cn.xiaoan.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes a list as one sheet with a bold header row, streaming to the response. */
public final class ExcelExport {

	private ExcelExport() {
	}

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	/**
	 * Sets the headers of an .xlsx download under a name given whole; see
	 * {@link DownloadName} for how it travels.
	 */
	public static void prepareDownload(jakarta.servlet.http.HttpServletResponse response, String filename) {
		prepareDownload(response, new DownloadName(filename));
	}

	/** Sets the headers of an .xlsx download ({@link DownloadName}). */
	public static void prepareDownload(jakarta.servlet.http.HttpServletResponse response, DownloadName name) {
		name.attachTo(response, DownloadName.XLSX);
	}

	/**
	 * A cell's text: moments in the installation's zone (the JVM default, set at start),
	 * which the database hands over in UTC.
	 */
	static String text(Object v) {
		if (v instanceof OffsetDateTime t) {
			return DATE_TIME.format(t.atZoneSameInstant(ZoneId.systemDefault()));
		}
		if (v instanceof ZonedDateTime t) {
			return DATE_TIME.format(t.withZoneSameInstant(ZoneId.systemDefault()));
		}
		if (v instanceof Instant t) {
			return DATE_TIME.format(t.atZone(ZoneId.systemDefault()));
		}
		return v.toString();
	}

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/**
	 * Sets the headers of an .xlsx download named after its (Chinese) title, which names
	 * its unit, and the day of the export, e.g. {@code 某某小学风险点台账-2026-12-01.xlsx}.
	 */
	public static void prepareDownload(jakarta.servlet.http.HttpServletResponse response, String title, Clock clock) {
		prepareDownload(response, DownloadName.of("", title, clock, ".xlsx"));
	}

	/**
	 * A moment in the installation's zone (Beijing time by default) to the minute, ""
	 * when absent.
	 */
	public static String minute(OffsetDateTime time) {
		return time == null ? "" : time.atZoneSameInstant(ZoneId.systemDefault()).format(MINUTE);
	}

	public static <T> void write(OutputStream out, String sheetName, List<String> headers, List<T> rows,
			Function<T, List<Object>> columns) throws IOException {
		Workbook workbook = new Workbook(out, "XiaoAn", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName);
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(0, c, headers.get(c));
			sheet.style(0, c).bold().fillColor("DDEBF7").set();
			sheet.width(c, Math.max(10, headers.get(c).length() * 2.5));
		}
		int r = 1;
		for (T row : rows) {
			List<Object> values = columns.apply(row);
			for (int c = 0; c < values.size(); c++) {
				Object v = values.get(c);
				if (v instanceof Number n) {
					sheet.value(r, c, n);
				}
				else if (v instanceof Boolean b) {
					sheet.value(r, c, b ? "是" : "否");
				}
				else if (v != null) {
					sheet.value(r, c, text(v));
				}
			}
			if (r % 1000 == 0) {
				sheet.flush();
			}
			r++;
		}
		workbook.finish();
	}

}
