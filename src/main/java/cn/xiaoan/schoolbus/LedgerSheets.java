package cn.xiaoan.schoolbus;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.xiaoan.shared.ExcelTable;

/**
 * The columns of the ledger's three sheets, the same for the export and the import, so an
 * exported file can be edited and uploaded again (the import ignores the columns it
 * computes itself, such as whether a bus may drive). Headers are Chinese whatever the
 * reader's language: the files travel between offices.
 */
final class LedgerSheets {

	static final String PLATE = "车牌号";

	static final String SCHOOL = "学校";

	static final String OPERATOR = "运营单位";

	static final String MODEL = "车型";

	static final String SEATS = "核定载人数";

	static final String PERMIT_NO = "校车标牌号";

	static final String PERMIT_EXPIRES = "标牌有效期至";

	static final String INSPECTION = "下次安全检验";

	static final String INSURANCE_NO = "承运人责任险单号";

	static final String INSURANCE_EXPIRES = "保险到期";

	static final String EQUIPMENT = "安全设备齐全";

	static final String RUNNABLE = "能否运行";

	static final List<String> VEHICLE_HEADERS = List.of(PLATE, SCHOOL, OPERATOR, MODEL, SEATS, PERMIT_NO,
			PERMIT_EXPIRES, INSPECTION, INSURANCE_NO, INSURANCE_EXPIRES, EQUIPMENT, RUNNABLE);

	static final String NAME = "姓名";

	static final String LICENCE_NO = "驾驶证号";

	static final String BIRTH = "出生日期";

	static final String LICENCE_CLASS = "准驾车型";

	static final String LICENSED_SINCE = "取得该准驾车型日期";

	static final String LICENCE_EXPIRES = "驾驶证有效期至";

	static final String FULL_POINTS = "记分周期内有满分";

	static final String ACCIDENT = "有重大事故责任";

	static final String DRINK = "有酒驾记录";

	static final String CRIMINAL = "有犯罪记录";

	static final String HEALTH = "身心健康";

	static final String REVIEWED_ON = "最近审验日期";

	static final String AGE = "年龄";

	static final String REVIEW_DUE = "下次审验";

	static final String ELIGIBLE = "是否符合条件";

	static final List<String> DRIVER_HEADERS = List.of(NAME, SCHOOL, LICENCE_NO, BIRTH, LICENCE_CLASS, LICENSED_SINCE,
			LICENCE_EXPIRES, FULL_POINTS, ACCIDENT, DRINK, CRIMINAL, HEALTH, REVIEWED_ON, AGE, REVIEW_DUE, ELIGIBLE);

	static final String ROUTES = "照管线路数";

	static final List<String> ESCORT_HEADERS = List.of(NAME, SCHOOL, ROUTES);

	/** The columns a row cannot do without, per sheet. */
	static final List<String> VEHICLE_REQUIRED = List.of(PLATE, OPERATOR, SEATS, INSPECTION, INSURANCE_EXPIRES);

	static final List<String> DRIVER_REQUIRED = List.of(NAME, LICENCE_NO, BIRTH, LICENCE_CLASS, LICENSED_SINCE,
			LICENCE_EXPIRES, REVIEWED_ON);

	static final List<String> ESCORT_REQUIRED = List.of(NAME);

	/** Excel counts days from 1899-12-30 (its phantom 1900-02-29 included). */
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ofPattern("yyyy-M-d"),
			DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
			DateTimeFormatter.ofPattern("yyyyMMdd"));

	private LedgerSheets() {
	}

	/**
	 * A date cell: a real Excel date (a serial number) or text such as 2027-03-01,
	 * 2027/3/1 or 20270301; blank is null when {@code required} is false. A cell that is
	 * none of these is the row's problem.
	 */
	static LocalDate date(ExcelTable.RowValues row, String column, boolean required) {
		String text = row.text(column);
		if (text.isEmpty()) {
			if (required) {
				row.problem(column, "import.value.required", text);
			}
			return null;
		}
		LocalDate day = parse(text);
		if (day == null || day.getYear() < 1900 || day.getYear() > 2100) {
			row.problem(column, "schoolbus.import.date", text);
			return null;
		}
		return day;
	}

	static LocalDate parse(String text) {
		if (text.matches("\\d{5}")) {
			return EXCEL_EPOCH.plusDays(Long.parseLong(text));
		}
		for (DateTimeFormatter format : FORMATS) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// the next format
			}
		}
		return null;
	}

}
