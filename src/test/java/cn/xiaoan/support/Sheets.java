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

}
