package cn.xiaoan.schoolbus;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.xiaoan.shared.ImportProblem;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The school-bus ledger imported from Excel: the export's own columns, all rows or none,
 * each bad cell by row and column, re-import updating rather than duplicating, a school
 * for itself only.
 */
@PlatformTest
class SchoolBusImportIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	LedgerImport imports;

	@Autowired
	Fleet fleet;

	private LedgerImport.Result upload(String user,
			java.util.function.Function<java.io.InputStream, LedgerImport.Result> sheet, byte[] file) {
		return demo.callAs(user, () -> sheet.apply(new ByteArrayInputStream(file)));
	}

	private int count(String sql, Object value) {
		return demo.jdbc().sql(sql).param("v", value).query(Integer.class).single();
	}

	private static List<Object> vehicle(String plate, String school, Object seats, Object inspection) {
		LocalDate today = LocalDate.now();
		return new ArrayList<>(List.of(plate, school, "藤县导入校车服务公司", "宇通ZK6729DX", seats, "桂D校车导入",
				today.plusMonths(9).toString(), inspection, "PDAA-IMPORT", today.plusMonths(8).toString(), "是", ""));
	}

	@Test
	void aGoodVehicleSheetImportsAndAReimportUpdatesByPlate() {
		String school = demo.jdbc()
			.sql("select name from org.school where id = :v")
			.param("v", demo.schoolOf("principal"))
			.query(String.class)
			.single();
		// a real Excel date cell (a serial number) and a text date
		long serial = LocalDate.now().plusMonths(5).toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
		byte[] file = Sheets.xlsx(LedgerSheets.VEHICLE_HEADERS,
				List.of(vehicle("桂D·I0001", school, 36, serial), vehicle("桂d·i0002", "", 19, "2027/3/1")));
		LedgerImport.Result first = upload("safety", imports::vehicles, file);
		assertThat(first.problems()).isEmpty();
		assertThat(first.created()).isEqualTo(2);
		VehicleRow bus = demo.callAs("principal", () -> fleet.vehicles())
			.stream()
			.filter(v -> v.plate().equals("桂D·I0001"))
			.findFirst()
			.orElseThrow();
		assertThat(bus.inspectionDue()).isEqualTo(LocalDate.now().plusMonths(5));
		assertThat(bus.available()).isTrue();
		byte[] again = Sheets.xlsx(LedgerSheets.VEHICLE_HEADERS,
				List.of(vehicle("桂D·I0001", school, 30, "2027-01-31")));
		LedgerImport.Result second = upload("principal", imports::vehicles, again);
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isEqualTo(1);
		assertThat(count("select count(*) from schoolbus.vehicle where plate = :v", "桂D·I0001")).isEqualTo(1);
		assertThat(demo.callAs("principal", () -> fleet.vehicle(bus.id())).seats()).isEqualTo(30);
		assertThat(count("select count(*) from audit.entry where entity_type = 'schoolbus_vehicle' and action = :v",
				"IMPORT"))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void theExportOfTheVehiclesImportsBackUnchanged() throws Exception {
		byte[] exported = mvc.perform(get("/school-buses/vehicles/export").with(demo.as("principal")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		int before = count("select count(*) from schoolbus.vehicle where school_id = :v", demo.schoolOf("principal"));
		LedgerImport.Result result = upload("principal", imports::vehicles, exported);
		assertThat(result.problems()).isEmpty();
		assertThat(result.created()).isZero();
		assertThat(result.updated()).isEqualTo(before);
	}

	@Test
	void everyBadCellIsReportedByRowAndColumnAndNothingIsWritten() {
		byte[] file = Sheets.xlsx(LedgerSheets.VEHICLE_HEADERS,
				List.of(vehicle("桂D·B0001", "", 36, "2027-01-31"), vehicle("桂D·B0002", "", "很多", "明年"),
						vehicle("桂D·B0003", "藤县另一所学校", 20, "2027-01-31"), vehicle("桂D·B0001", "", 20, "2027-01-31")));
		LedgerImport.Result result = upload("principal", imports::vehicles, file);
		assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactlyInAnyOrder(Tuple.tuple(3, "E 核定载人数", "import.value.number"),
					Tuple.tuple(3, "H 下次安全检验", "schoolbus.import.date"),
					Tuple.tuple(4, "B 学校", "schoolbus.import.school.foreign"),
					Tuple.tuple(5, "A 车牌号", "import.value.duplicate"));
		assertThat(count("select count(*) from schoolbus.vehicle where plate like :v", "桂D·B%")).isZero();
	}

	@Test
	void aDriverAged61IsReportedWithTheReasonAndAReimportUpdatesByLicence() {
		LocalDate today = LocalDate.now();
		List<Object> fit = List.of("覃导入", "", "450422198101010099", today.minusYears(45).toString(), "A3",
				today.minusYears(20).toString(), today.plusYears(3).toString(), "否", "否", "否", "否", "是",
				today.minusMonths(1).toString(), "", "", "");
		List<Object> old = List.of("莫年长", "", "450422196401010088", today.minusYears(61).toString(), "A3",
				today.minusYears(30).toString(), today.plusYears(3).toString(), "否", "否", "否", "否", "是",
				today.minusMonths(1).toString(), "", "", "");
		LedgerImport.Result refused = upload("principal", imports::drivers,
				Sheets.xlsx(LedgerSheets.DRIVER_HEADERS, List.of(fit, old)));
		assertThat(refused.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(Tuple.tuple(3, "D 出生日期", "schoolbus.driver.problem.age"));
		assertThat(count("select count(*) from schoolbus.driver where licence_no = :v", "450422198101010099")).isZero();
		assertThat(
				upload("principal", imports::drivers, Sheets.xlsx(LedgerSheets.DRIVER_HEADERS, List.of(fit))).created())
			.isEqualTo(1);
		List<Object> renamed = new ArrayList<>(fit);
		renamed.set(0, "覃导入改");
		LedgerImport.Result again = upload("principal", imports::drivers,
				Sheets.xlsx(LedgerSheets.DRIVER_HEADERS, List.of(renamed)));
		assertThat(again.updated()).isEqualTo(1);
		assertThat(count("select count(*) from schoolbus.driver where licence_no = :v", "450422198101010099"))
			.isEqualTo(1);
		assertThat(demo.jdbc()
			.sql("select name from schoolbus.driver where licence_no = '450422198101010099'")
			.query(String.class)
			.single()).isEqualTo("覃导入改");
	}

	@Test
	void anotherSchoolsPlateIsTheRowsProblemNotATakeover() {
		long elsewhere = demo.schoolOf("principal2");
		LocalDate today = LocalDate.now();
		demo.runAs("principal2", () -> fleet.registerVehicle(new RegisterVehicle(elsewhere, "云D·I9999", "师宗校车公司", "",
				30, "", today.plusYears(1), today.plusMonths(5), "", today.plusMonths(5), true)));
		LedgerImport.Result result = upload("principal", imports::vehicles,
				Sheets.xlsx(LedgerSheets.VEHICLE_HEADERS, List.of(vehicle("云D·I9999", "", 36, "2027-01-31"))));
		assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(Tuple.tuple(2, "A 车牌号", "schoolbus.import.plate.elsewhere"));
		assertThat(count("select school_id from schoolbus.vehicle where plate = :v", "云D·I9999"))
			.isEqualTo((int) elsewhere);
	}

	@Test
	void escortsAreStaffOfTheSchoolNamedOnce() {
		long school = demo.schoolOf("principal");
		String name = demo.jdbc().sql("""
				select s.name from people.staff s where s.school_id = :v
				and s.id not in (select staff_id from schoolbus.escort)
				and (select count(*) from people.staff t where t.school_id = s.school_id and t.name = s.name) = 1
				order by s.id limit 1""").param("v", school).query(String.class).single();
		byte[] file = Sheets.xlsx(LedgerSheets.ESCORT_HEADERS, List.of(List.of(name, "", ""), List.of("查无此人", "", "")));
		assertThat(upload("principal", imports::escorts, file).problems())
			.extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(Tuple.tuple(3, "A 姓名", "schoolbus.import.escort.unknown"));
		byte[] good = Sheets.xlsx(LedgerSheets.ESCORT_HEADERS, List.of(List.of(name, "", "")));
		assertThat(upload("principal", imports::escorts, good).created()).isEqualTo(1);
		LedgerImport.Result again = upload("principal", imports::escorts, good);
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isEqualTo(1);
	}

	@Test
	void anOddOrHugeFileGetsAClearAnswerNotAnError() throws Exception {
		String bomb = mvc
			.perform(multipart("/school-buses/vehicles/import")
				.file(new MockMultipartFile("file", "bomb.xlsx", null, Sheets.zipBomb(300L * 1024 * 1024)))
				.with(demo.as("principal"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(bomb).contains("import-problems").contains("压缩炸弹");
		String text = mvc
			.perform(multipart("/school-buses/drivers/import")
				.file(new MockMultipartFile("file", "drivers.xlsx", null, "not a workbook".getBytes()))
				.with(demo.as("principal"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(text).contains("无法读取该文件");
		byte[] blank = Sheets.blankRows(LedgerSheets.VEHICLE_HEADERS, LedgerImport.MAX_ROWS + 100, 4);
		assertThat(upload("principal", imports::vehicles, blank)).extracting(LedgerImport.Result::problems)
			.asList()
			.extracting("messageKey")
			.containsExactly("import.file.toomany");
	}

	@Test
	void onlyTheSchoolsLeadersImportAndDownloadTheTemplate() throws Exception {
		mvc.perform(get("/school-buses/vehicles/import").with(demo.as("teacher"))).andExpect(status().isForbidden());
		mvc.perform(get("/school-buses/drivers/import").with(demo.as("tx_safety"))).andExpect(status().isForbidden());
		mvc.perform(
				multipart("/school-buses/vehicles/import")
					.file(new MockMultipartFile("file", "v.xlsx", null,
							Sheets.xlsx(LedgerSheets.VEHICLE_HEADERS,
									List.of(vehicle("桂D·T0001", "", 36, "2027-01-31")))))
					.with(demo.as("transport"))
					.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(count("select count(*) from schoolbus.vehicle where plate = :v", "桂D·T0001")).isZero();
		byte[] template = mvc.perform(get("/school-buses/drivers/import/template").with(demo.as("safety")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> cells = Sheets.read(template);
		assertThat(cells.get(0)).containsExactlyElementsOf(LedgerSheets.DRIVER_HEADERS);
		assertThat(cells).hasSize(2);
		mvc.perform(get("/school-buses/vehicles/import").with(demo.as("principal"))).andExpect(status().isOk());
	}

}
