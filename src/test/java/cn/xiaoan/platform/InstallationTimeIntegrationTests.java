package cn.xiaoan.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import cn.xiaoan.shared.ExcelExport;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 北京时间 everywhere, whatever zone the server runs in (this machine runs in UTC): the
 * clock, the database session, the pages, the JSON API, the exports.
 */
@PlatformTest
class InstallationTimeIntegrationTests {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	/** 2026-11-30 23:30 in Beijing. */
	private static final Instant BEFORE_MIDNIGHT = Instant.parse("2026-11-30T15:30:00Z");

	/** 2026-12-01 00:10 in Beijing. */
	private static final Instant AFTER_MIDNIGHT = Instant.parse("2026-11-30T16:10:00Z");

	@Autowired
	Clock clock;

	@Autowired
	Demo demo;

	@Autowired
	SpringTemplateEngine templates;

	@Test
	void todayIsBeijingsDayForTheClockAndTheDatabase() {
		assertThat(clock.getZone()).isEqualTo(BEIJING);
		assertThat(LocalDate.now(Clock.fixed(AFTER_MIDNIGHT, clock.getZone()))).isEqualTo("2026-12-01");
		assertThat(LocalDate.now()).isEqualTo(LocalDate.now(clock));
		assertThat(demo.jdbc().sql("select current_setting('TimeZone')").query(String.class).single())
			.isEqualTo("Asia/Shanghai");
		assertThat(demo.jdbc()
			.sql("select cast(cast(:at as timestamptz) as date)")
			.param("at", OffsetDateTime.ofInstant(AFTER_MIDNIGHT, ZoneOffset.UTC))
			.query(LocalDate.class)
			.single()).isEqualTo("2026-12-01");
		assertThat(demo.jdbc()
			.sql("select current_date = cast(:today as date)")
			.param("today", LocalDate.now(clock))
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void templatesShowAMomentReadAsUtcInBeijingTime() {
		OffsetDateTime fromTheDatabase = OffsetDateTime.ofInstant(BEFORE_MIDNIGHT, ZoneOffset.UTC);
		var engine = new SpringTemplateEngine();
		engine.setTemplateResolver(new StringTemplateResolver());
		// the dialects the application adds to the standard one
		templates.getDialects()
			.stream()
			.filter(d -> !(d instanceof org.thymeleaf.standard.StandardDialect))
			.forEach(engine::addDialect);
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("at", fromTheDatabase);
		context.setVariable("day", LocalDate.of(2026, 11, 30));
		assertThat(engine.process(
				"[[${#temporals.format(at, 'yyyy-MM-dd HH:mm')}]] [[${#temporals.format(day, 'yyyy-MM-dd')}]]",
				context))
			.isEqualTo("2026-11-30 23:30 2026-11-30");
		context.setVariable("at", OffsetDateTime.ofInstant(AFTER_MIDNIGHT, ZoneOffset.UTC));
		assertThat(engine.process("[[${#temporals.format(at, 'MM-dd HH:mm')}]]", context)).isEqualTo("12-01 00:10");
	}

	@Test
	void excelCellsShowMomentsInBeijingTimeAndTheFileKeepsItsChineseName() throws Exception {
		var out = new java.io.ByteArrayOutputStream();
		ExcelExport.write(out, "表", List.of("时间"), List.of(OffsetDateTime.ofInstant(AFTER_MIDNIGHT, ZoneOffset.UTC)),
				t -> List.of(t));
		try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
				new java.io.ByteArrayInputStream(out.toByteArray()));
				var rows = workbook.getFirstSheet().openStream()) {
			assertThat(rows.toList().get(1).getCell(0).getRawValue()).isEqualTo("2026-12-01 00:10:00");
		}
		var response = new MockHttpServletResponse();
		ExcelExport.prepareDownload(response, "隐患台账.xlsx");
		assertThat(response.getHeader("Content-Disposition"))
			.contains("filename*=UTF-8''%E9%9A%90%E6%82%A3%E5%8F%B0%E8%B4%A6.xlsx");
	}

	@Test
	void aMisspeltTimeZoneStopsTheStartInsteadOfRunningInUtc() {
		assertThat(InstallationTimeZone.of(" Asia/Shanghai ")).isEqualTo(BEIJING);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> InstallationTimeZone.of("Beijing"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("xiaoan.time-zone");
	}

}
