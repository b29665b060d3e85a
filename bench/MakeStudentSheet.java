import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a student import sheet with N valid rows (and the same rows as CSV for the COPY reference).
 * Usage: java -cp <fastexcel> MakeStudentSheet.java N grade out.xlsx out.csv
 */
public class MakeStudentSheet {

	private static final int[] W = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] C = "10X98765432".toCharArray();

	public static void main(String[] args) throws Exception {
		int n = Integer.parseInt(args[0]);
		String grade = args[1];
		String[] headers = { "学籍号", "姓名", "身份证号", "年级", "班级", "是否住校", "监护人姓名", "监护人电话", "与学生关系" };
		String[] surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗".split("");
		String[] given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平".split("");
		try (OutputStream out = new FileOutputStream(args[2]);
				PrintWriter csv = new PrintWriter(args[3], StandardCharsets.UTF_8)) {
			Workbook wb = new Workbook(out, "bench", "1.0");
			Worksheet ws = wb.newWorksheet("学生");
			for (int c = 0; c < headers.length; c++) {
				ws.value(0, c, headers[c]);
			}
			LocalDate start = LocalDate.of(2008, 1, 1);
			for (int i = 0; i < n; i++) {
				LocalDate birth = start.plusDays(i / 900);
				String first17 = "450499" + birth.toString().replace("-", "") + String.format("%03d", i % 900);
				int sum = 0;
				for (int k = 0; k < 17; k++) {
					sum += (first17.charAt(k) - '0') * W[k];
				}
				String card = first17 + C[sum % 11];
				String name = surnames[i % surnames.length] + given[(i / 20) % given.length] + given[(i / 400) % given.length];
				String[] row = { String.format("B%08d", i), name, card, grade, (1 + i % 40) + "班", i % 3 == 0 ? "是" : "否",
						surnames[i % surnames.length] + "家长", String.format("139%08d", i), i % 2 == 0 ? "父亲" : "母亲" };
				for (int c = 0; c < row.length; c++) {
					ws.value(i + 1, c, row[c]);
				}
				if (i % 5000 == 0) {
					ws.flush();
				}
				csv.println(String.join(",", row));
			}
			wb.finish();
		}
	}

}
