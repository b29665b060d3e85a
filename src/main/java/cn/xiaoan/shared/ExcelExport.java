package cn.xiaoan.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes a list as one sheet with a bold header row, streaming to the response. */
public final class ExcelExport {

	private ExcelExport() {
	}

	/** Sets the headers of an .xlsx download. */
	public static void prepareDownload(jakarta.servlet.http.HttpServletResponse response, String filename) {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
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
					sheet.value(r, c, v.toString());
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
