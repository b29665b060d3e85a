package cn.xiaoan.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Builds real .xlsx files for import tests. */
public final class Sheets {

	/** The header row of the student import workbook. */
	public static final List<String> STUDENT_HEADERS = List.of("学籍号", "姓名", "身份证号", "年级", "班级", "是否住校", "监护人姓名",
			"监护人电话", "与学生关系");

	private Sheets() {
	}

	public static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Workbook workbook = new Workbook(out, "test", "1.0");
			Worksheet sheet = workbook.newWorksheet("Sheet1");
			for (int c = 0; c < headers.size(); c++) {
				sheet.value(0, c, headers.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				List<Object> row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					Object v = row.get(c);
					if (v instanceof Number n) {
						sheet.value(r + 1, c, n);
					}
					else if (v != null) {
						sheet.value(r + 1, c, v.toString());
					}
				}
			}
			workbook.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The cells of an exported workbook's first sheet as text, row by row. */
	public static List<List<String>> read(byte[] xlsx) {
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx));
				var rows = workbook.getFirstSheet().openStream()) {
			return rows
				.map(r -> java.util.stream.IntStream.range(0, r.getCellCount())
					.mapToObj(c -> r.getCellText(c) == null ? "" : r.getCellText(c))
					.toList())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An export answered: a workbook whose UTF-8 file name (RFC 6266) starts with the
	 * Chinese title and carries the Beijing time of the export.
	 */
	public static List<List<String>> exported(org.springframework.mock.web.MockHttpServletResponse response,
			String title) {
		String disposition = java.net.URLDecoder.decode(response.getHeader("Content-Disposition"),
				java.nio.charset.StandardCharsets.UTF_8);
		String stamp = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai"))
			.format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-"));
		if (!disposition.contains("filename*=UTF-8''" + title) || !disposition.contains("-" + stamp)) {
			throw new AssertionError("not a Chinese, Beijing-stamped file name: " + disposition);
		}
		return read(response.getContentAsByteArray());
	}

}
