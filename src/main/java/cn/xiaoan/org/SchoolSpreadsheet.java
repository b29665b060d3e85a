package cn.xiaoan.org;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.ExcelExport;
import cn.xiaoan.shared.ExcelTable;
import cn.xiaoan.shared.ImportProblem;
import cn.xiaoan.shared.Permission;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Schools exchanged as Excel: export of the schools in scope, and an import that checks
 * every row first and then creates or updates all of them, or none.
 */
@Service
class SchoolSpreadsheet {

	static final List<String> HEADERS = List.of("学校代码", "学校名称", "学校类型", "行政区划代码", "地址", "联系电话", "是否寄宿", "学生数", "寄宿生数",
			"教职工数");

	private static final int MAX_ROWS = 50_000;

	private final OrgManagement org;

	private final TransactionTemplate tx;

	private final RegionStore regions;

	SchoolSpreadsheet(OrgManagement org, TransactionTemplate tx, RegionStore regions) {
		this.regions = regions;
		this.org = org;
		this.tx = tx;
	}

	/** The import workbook: the headers and one example row. */
	static void template(OutputStream out) throws IOException {
		ExcelExport.write(out, "学校", HEADERS, List.of(List.<Object>of("4504030001", "示例小学", "小学", "450403",
				"梧州市万秀区示例路1号", "0774-0000000", false, 600, 0, 40)), row -> row);
	}

	public void export(SchoolQuery query, OutputStream out) throws IOException {
		List<SchoolSummary> schools = org.schoolsInScope(query);
		ExcelExport.write(out, "学校", HEADERS, schools,
				s -> List.of(s.code(), s.name(), s.type().chineseName(), s.regionCode(), s.address(), s.phone(),
						s.boarding(), s.studentCount(), s.boarderCount(), s.staffCount()));
	}

	public record ImportResult(int created, int updated, List<ImportProblem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}

	}

	/**
	 * Reads and checks every row first, without a transaction (a large or hostile file
	 * holds no connection while it is parsed); only a file without problems is written,
	 * all rows in one transaction.
	 */
	public ImportResult importSchools(InputStream in) {
		CurrentUser caller = Callers.current().require(Permission.SCHOOL_EDIT);
		Map<String, String> regionNames = org.regionNames();
		java.util.Set<String> retired = regions.retiredCodes();
		List<SaveSchool> rows = new ArrayList<>();
		Map<String, Integer> rowOfCode = new HashMap<>();
		List<ImportProblem> problems = ExcelTable.read(in, List.of("学校代码", "学校名称", "学校类型", "行政区划代码"), MAX_ROWS, row -> {
			int before = row.problemCount();
			String code = row.required("学校代码", 10);
			if (code != null && !code.matches("\\d{10}")) {
				row.problem("学校代码", "school.code.invalid", code);
			}
			else if (code != null && rowOfCode.putIfAbsent(code, row.rowNumber()) != null) {
				row.problem("学校代码", "import.value.duplicate", code);
			}
			String name = row.required("学校名称", 100);
			String typeText = row.required("学校类型", 20);
			SchoolType type = SchoolType.parse(typeText);
			if (typeText != null && type == null) {
				row.problem("学校类型", "school.type.unknown", typeText);
			}
			String region = row.required("行政区划代码", 9);
			if (region != null && !regionNames.containsKey(region)) {
				row.problem("行政区划代码", "region.code.unknown", region);
			}
			else if (region != null && retired.contains(region)) {
				row.problem("行政区划代码", "region.retired", region);
			}
			else if (region != null && !caller.scope().coversRegion(region)) {
				row.problem("行政区划代码", "region.code.outofscope", region);
			}
			String address = row.optional("地址", 200);
			String phone = row.optional("联系电话", 30);
			Boolean boarding = row.yesNo("是否寄宿");
			Integer students = row.integer("学生数", 0, 100000);
			Integer boarders = row.integer("寄宿生数", 0, 100000);
			Integer staff = row.integer("教职工数", 0, 20000);
			if (row.problemCount() > before) {
				return;
			}
			SaveSchool school = new SaveSchool(code, name, type, region, address, phone, boarding, students, boarders,
					staff);
			try {
				school.checkCounts();
				rows.add(school);
			}
			catch (BusinessRuleViolation ex) {
				ex.fieldErrors().forEach((f, key) -> row.problem("寄宿生数", key, String.valueOf(boarders)));
			}
		});
		Map<String, Long> existing = new HashMap<>();
		org.schoolsInScope(SchoolQuery.all()).forEach(s -> existing.put(s.code(), s.id()));
		for (String taken : org.existingSchoolCodes(rowOfCode.keySet())) {
			if (!existing.containsKey(taken)) {
				problems.add(new ImportProblem(rowOfCode.get(taken), "A 学校代码", "school.code.taken", taken));
			}
		}
		if (!problems.isEmpty()) {
			return new ImportResult(0, 0, ImportProblem.bounded(problems));
		}
		int updated = (int) rows.stream().filter(s -> existing.containsKey(s.code())).count();
		tx.executeWithoutResult(status -> {
			for (SaveSchool school : rows) {
				Long id = existing.get(school.code());
				if (id != null) {
					org.updateSchool(id, school);
				}
				else {
					org.createSchool(school);
				}
			}
		});
		return new ImportResult(rows.size() - updated, updated, List.of());
	}

}
