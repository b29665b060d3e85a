package cn.xiaoan.institutions;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.ExcelExport;
import cn.xiaoan.shared.ExcelTable;
import cn.xiaoan.shared.ImportProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register from Excel: every row is checked first — each bad cell reported by row and
 * column — and only a file without problems is registered, all rows or none.
 */
@Service
class InstitutionImport {

	static final List<String> HEADERS = List.of("机构名称", "乡镇代码", "办学许可证号", "统一社会信用代码", "地址", "培训类别", "核定容量", "负责人",
			"联系电话");

	/** The words a 培训类别 cell may hold, separated by 、 or a comma. */
	private static final Map<String, Subject> SUBJECTS = Map.of("学科类", Subject.ACADEMIC, "体育", Subject.SPORTS, "文化艺术",
			Subject.ARTS, "科技", Subject.SCIENCE, "其他", Subject.OTHER, "其他非学科类", Subject.OTHER);

	private static final int MAX_ROWS = 5_000;

	private final InstitutionsManagement institutions;

	private final OrgManagement org;

	private final TransactionTemplate tx;

	InstitutionImport(InstitutionsManagement institutions, OrgManagement org, TransactionTemplate tx) {
		this.institutions = institutions;
		this.org = org;
		this.tx = tx;
	}

	/** What an import did: public for the page's expressions. */
	public record Result(int created, List<ImportProblem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}

	}

	/** The import workbook: the headers and one example row. */
	static void template(OutputStream out) throws IOException {
		ExcelExport.write(out, "校外培训机构", HEADERS, List.of(List.<Object>of("示例艺术培训中心", "450422100", "教民145042270000001号",
				"91450422MA5N000001", "藤州镇示例路1号", "文化艺术、体育", 100, "张三", "13800000000")), row -> row);
	}

	Result read(InputStream in) {
		CurrentUser caller = Callers.current().require(InstitutionsManagement.INSTITUTIONS_EDIT);
		Map<String, String> regions = org.regionNames();
		Map<String, Integer> rowOfName = new HashMap<>();
		List<RegisterInstitution> rows = new ArrayList<>();
		List<ImportProblem> problems = ExcelTable.read(in, List.of("机构名称", "乡镇代码", "地址", "培训类别", "核定容量", "负责人"),
				MAX_ROWS, row -> {
					int before = row.problemCount();
					String name = row.required("机构名称", 100);
					String region = row.required("乡镇代码", 9);
					if (name != null && region != null
							&& rowOfName.putIfAbsent(region + name, row.rowNumber()) != null) {
						row.problem("机构名称", "import.value.duplicate", name);
					}
					if (region != null && (!region.matches("\\d{9}") || !regions.containsKey(region))) {
						row.problem("乡镇代码", "institutions.import.township", region);
					}
					else if (region != null && !caller.scope().coversRegion(region)) {
						row.problem("乡镇代码", "region.code.outofscope", region);
					}
					String licence = row.optional("办学许可证号", 50);
					String credit = row.optional("统一社会信用代码", 18);
					if (credit != null && !credit.isEmpty() && !credit.matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
						row.problem("统一社会信用代码", "institutions.import.creditCode", credit);
					}
					String address = row.required("地址", 200);
					String subjectText = row.required("培训类别", 100);
					List<Subject> subjects = new ArrayList<>();
					if (subjectText != null) {
						for (String word : subjectText.split("[、,，\\s]+")) {
							Subject s = SUBJECTS.get(word.trim());
							if (s == null) {
								row.problem("培训类别", "institutions.import.subject", word);
							}
							else {
								subjects.add(s);
							}
						}
					}
					Integer capacity = row.integer("核定容量", 1, 100000);
					String person = row.required("负责人", 50);
					String phone = row.optional("联系电话", 30);
					if (row.problemCount() == before) {
						rows.add(new RegisterInstitution(region, name, licence, credit, address, subjects, capacity,
								person, phone, null, null));
					}
				});
		if (!problems.isEmpty()) {
			return new Result(0, ImportProblem.bounded(problems));
		}
		tx.executeWithoutResult(status -> rows.forEach(institutions::register));
		return new Result(rows.size(), List.of());
	}

}
