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
	 * An export answered: a workbook whose UTF-8 file name (RFC 6266) names the unit and
	 * the Chinese title and ends with the Beijing date of the export.
	 */
	public static List<List<String>> exported(org.springframework.mock.web.MockHttpServletResponse response,
			String title) {
		String disposition = java.net.URLDecoder.decode(response.getHeader("Content-Disposition"),
				java.nio.charset.StandardCharsets.UTF_8);
		String filename = disposition.replaceAll(".*filename\\*=UTF-8''", "");
		String day = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		if (!filename.contains(title) || !filename.endsWith("-" + day + ".xlsx")) {
			throw new AssertionError("not a Chinese, Beijing-stamped file name: " + disposition);
		}
		return read(response.getContentAsByteArray());
	}

	/**
	 * A workbook with the headers and then {@code blankRows} rows of {@code columns}
	 * formatted but empty cells: small on disk, long to read.
	 */
	public static byte[] blankRows(List<String> headers, int blankRows, int columns) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Workbook workbook = new Workbook(out, "test", "1.0");
			Worksheet sheet = workbook.newWorksheet("Sheet1");
			for (int c = 0; c < headers.size(); c++) {
				sheet.value(0, c, headers.get(c));
			}
			for (int r = 1; r <= blankRows; r++) {
				for (int c = 0; c < columns; c++) {
					sheet.style(r, c).fillColor("FFFF00").set();
				}
				if (r % 10_000 == 0) {
					sheet.flush();
				}
			}
			workbook.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A zip bomb dressed as a workbook: the parts of an .xlsx, its sheet inflating to
	 * {@code inflatedBytes} bytes of one repeated character.
	 */
	public static byte[] zipBomb(long inflatedBytes) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream();
				java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
			zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
			zip.write(
					"""
							<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"""
						.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			byte[] chunk = new byte[1024 * 1024];
			java.util.Arrays.fill(chunk, (byte) 'A');
			for (long written = 0; written < inflatedBytes; written += chunk.length) {
				zip.write(chunk);
			}
			zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
