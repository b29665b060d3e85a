package cn.xiaoan.shared;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.http.ContentDisposition;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every downloaded file is named in Chinese after its unit, what it is and the Beijing
 * date, and the name survives the way each browser family reads the header.
 */
class DownloadNameTests {

	/** 2026-11-30 16:10 UTC is already 1 December in Beijing. */
	private static final Clock AFTER_BEIJING_MIDNIGHT = Clock.fixed(Instant.parse("2026-11-30T16:10:00Z"),
			ZoneId.of("Asia/Shanghai"));

	private static final Clock AFTERNOON = Clock.fixed(Instant.parse("2026-11-30T06:00:00Z"),
			ZoneId.of("Asia/Shanghai"));

	private final DownloadName ledger = DownloadName.of("藤县", "隐患台账", AFTERNOON, ".xlsx");

	@Test
	void theNameIsTheUnitTheTitleAndTheBeijingDate() {
		assertThat(ledger.filename()).isEqualTo("藤县隐患台账-2026-11-30.xlsx");
		assertThat(DownloadName.of("藤县", "隐患台账", AFTER_BEIJING_MIDNIGHT, ".xlsx").filename())
			.as("the date is Beijing's, not UTC's")
			.isEqualTo("藤县隐患台账-2026-12-01.xlsx");
	}

	@Test
	void charactersNoFileSystemTakesAreDropped() {
		assertThat(DownloadName.of("藤县 第一中学", "风险告知卡/A:1", AFTERNOON, ".pdf").filename())
			.isEqualTo("藤县第一中学风险告知卡A1-2026-11-30.pdf");
	}

	/** Chrome, Edge and Firefox take filename* (RFC 6266 §4.3) over filename. */
	@Test
	void chromeAndFirefoxDecodeFilenameStarToTheChineseName() {
		String header = ledger.attachment();
		Matcher star = Pattern.compile("filename\\*=UTF-8''([^;\\s]+)").matcher(header);
		assertThat(star.find()).isTrue();
		assertThat(star.group(1)).matches("[A-Za-z0-9%!#$&+\\-.^_`|~]+");
		assertThat(URLDecoder.decode(star.group(1), StandardCharsets.UTF_8)).isEqualTo("藤县隐患台账-2026-11-30.xlsx");
		assertThat(header).startsWith("attachment;");
	}

	/** Safari and Spring's own parser (as an API client would use) agree. */
	@Test
	void aStandardParserReadsTheChineseName() {
		ContentDisposition parsed = ContentDisposition.parse(ledger.attachment());
		assertThat(parsed.isAttachment()).isTrue();
		assertThat(parsed.getFilename()).isEqualTo("藤县隐患台账-2026-11-30.xlsx");
		assertThat(ContentDisposition.parse(ledger.inline()).isInline()).isTrue();
	}

	/** An old client that knows only filename="…" gets a plain ASCII name. */
	@Test
	void theFallbackNameIsPlainAscii() {
		Matcher plain = Pattern.compile("filename=\"([^\"]*)\"").matcher(ledger.attachment());
		assertThat(plain.find()).isTrue();
		assertThat(plain.group(1)).isEqualTo("xiaoan-2026-11-30.xlsx").matches("\\p{ASCII}+");
		assertThat(new DownloadName("report-3.pdf").asciiFallback()).isEqualTo("report-3.pdf");
	}

	@Test
	void excelExportSendsTheSameHeaderAndTheWorkbookType() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ExcelExport.prepareDownload(response, ledger);
		assertThat(response.getHeader("Content-Disposition")).isEqualTo(ledger.attachment());
		assertThat(response.getContentType()).isEqualTo(DownloadName.XLSX);
	}

}
