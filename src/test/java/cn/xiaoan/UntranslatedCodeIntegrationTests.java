package cn.xiaoan;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import cn.xiaoan.support.UntranslatedCodes;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * No page, export or file name shows a code instead of a word: signed in as every role of
 * the README, in Chinese and in English, the test follows the links of the navigation and
 * of every page it reaches (same site, bounded, no sign-out and nothing destructive), and
 * downloads every export it finds. Each enum name, unresolved message key or
 * {@code #123}-style id label in visible text is reported with the role, the language,
 * the address and the text around it.
 */
@PlatformTest
class UntranslatedCodeIntegrationTests {

	/** One account per role of the README, from the province down to a parent. */
	static final List<String> ACCOUNTS = List.of("admin", "gx_safety", "wz_safety", "tx_admin", "tx_safety",
			"tzz_safety", "police", "principal", "safety", "headteacher", "teacher", "guard", "student", "parent");

	static final int MAX_PAGES = 400;

	/**
	 * Addresses that differ only in their ids are the same page: a few of each suffice.
	 */
	static final int PER_KIND_OF_PAGE = 2;

	/** Links, and the fragments htmx fetches (they end up on the page as well). */
	private static final Pattern LINK = Pattern.compile("(?:<a\\s[^>]*?href|\\shx-get)=\"([^\"]*)\"",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern NOT_FOLLOWED = Pattern.compile(
			"^/(logout|login|webjars|css|js|img|images|static|favicon|actuator|api|v3|swagger|error).*|.*(delete|remove|revoke|logout|lang=).*");

	private static final Pattern DOWNLOAD = Pattern
		.compile(".*(/export|/template|\\.pdf|\\.xlsx|\\.json|/personal-data|/noncompleters|/files/).*");

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	private final UntranslatedCodes codes = UntranslatedCodes.ofPlatform();

	private final List<String> broken = java.util.Collections.synchronizedList(new ArrayList<>());

	/**
	 * What was read, as "account lang address", so the test can show it reached the
	 * pages.
	 */
	private final Set<String> read = java.util.Collections.synchronizedSet(new TreeSet<>());

	/**
	 * Crawls run side by side: each account and language is independent, and the crawl is
	 * most of the suite's reading time.
	 */
	private static final int CRAWLERS = 3;

	@Test
	void noPageExportOrFileNameShowsACodeInEitherLanguage() throws Exception {
		List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
		Map<String, Integer> visited = new java.util.concurrent.ConcurrentSkipListMap<>();
		var crawlers = java.util.concurrent.Executors.newFixedThreadPool(CRAWLERS);
		try {
			List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
			for (String account : ACCOUNTS) {
				for (String lang : List.of("zh_CN", "en")) {
					runs.add(crawlers.submit(() -> {
						visited.put(account + " " + lang, crawl(account, lang, failures));
						return null;
					}));
				}
			}
			for (var run : runs) {
				run.get();
			}
		}
		finally {
			crawlers.shutdownNow();
		}
		failures.sort(null);
		System.out.println("untranslated-code crawl, pages per role and language: " + visited);
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/untranslated-codes.txt"), failures);
		java.nio.file.Files.write(java.nio.file.Path.of("target/untranslated-codes-broken-pages.txt"), broken);
		assertThat(read).as("the crawl reaches the pages the issue names, and their exports")
			.contains("tx_safety zh_CN /hazards", "tx_admin en /audit", "tx_admin zh_CN /accounts",
					"tx_safety zh_CN /hazards/export");
		assertThat(failures).as("codes shown to users (role, language, address, text)").isEmpty();
	}

	/** Visits the pages one account reaches; returns how many. */
	private int crawl(String account, String lang, List<String> failures) throws Exception {
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		Set<String> seen = new LinkedHashSet<>(queue);
		Map<String, Integer> kinds = new HashMap<>();
		Set<String> downloads = new TreeSet<>();
		int pages = 0;
		while (!queue.isEmpty() && pages < MAX_PAGES) {
			String url = queue.poll();
			MockHttpServletResponse response;
			try {
				response = fetch(account, lang, url);
			}
			catch (Exception ex) {
				// a page that fails is another test's business; this one reads what pages
				// say
				broken.add(account + " | " + lang + " | " + url + " | " + ex.getMessage());
				continue;
			}
			pages++;
			read.add(account + " " + lang + " " + url);
			String location = response.getRedirectedUrl();
			if (location != null) {
				enqueue(local(location), queue, seen, kinds, downloads);
				continue;
			}
			String type = response.getContentType();
			if (type == null || !type.startsWith("text/html")) {
				continue;
			}
			String html = response.getContentAsString(StandardCharsets.UTF_8);
			for (String leak : codes.inHtml(html)) {
				failures.add(account + " | " + lang + " | " + url + " | " + leak);
			}
			Matcher link = LINK.matcher(html);
			while (link.find()) {
				enqueue(local(HtmlEscape.unescapeHtml(link.group(1))), queue, seen, kinds, downloads);
			}
		}
		for (String url : downloads) {
			checkDownload(account, lang, url, failures);
		}
		return pages;
	}

	private static void enqueue(String url, Deque<String> queue, Set<String> seen, Map<String, Integer> kinds,
			Set<String> downloads) {
		if (url == null || NOT_FOLLOWED.matcher(url).matches()) {
			return;
		}
		if (DOWNLOAD.matcher(url).matches()) {
			String kind = kind(url);
			if (downloads.stream().noneMatch(d -> kind(d).equals(kind))) {
				downloads.add(url);
			}
			return;
		}
		if (seen.add(url) && kinds.merge(kind(url), 1, Integer::sum) <= PER_KIND_OF_PAGE) {
			queue.add(url);
		}
	}

	/** The address with ids and parameter values left out. */
	private static String kind(String url) {
		String[] parts = url.split("\\?", 2);
		String path = parts[0].replaceAll("/\\d+", "/{n}");
		if (parts.length == 1) {
			return path;
		}
		Set<String> names = new TreeSet<>();
		for (String p : parts[1].split("&")) {
			names.add(p.split("=", 2)[0]);
		}
		return path + "?" + String.join("&", names);
	}

	/** A same-site address without its fragment, or null. */
	private static String local(String href) {
		String url = href.replaceFirst("^https?://localhost(:\\d+)?", "").replaceFirst("#.*$", "");
		return url.startsWith("/") && !url.startsWith("//") ? url : null;
	}

	private MockHttpServletResponse fetch(String account, String lang, String url) throws Exception {
		var request = get(java.net.URI.create(url.replace(" ", "%20"))).with(demo.as(account));
		if (lang.equals("en")) {
			request.cookie(new Cookie("xiaoan-lang", "en"));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	/**
	 * A download: named in Chinese with a date, and no workbook cell or PDF text showing
	 * a code.
	 */
	private void checkDownload(String account, String lang, String url, List<String> failures) throws Exception {
		MockHttpServletResponse response;
		try {
			response = fetch(account, lang, url);
		}
		catch (Exception ex) {
			broken.add(account + " | " + lang + " | " + url + " | " + ex.getMessage());
			return;
		}
		String disposition = response.getHeader("Content-Disposition");
		if (response.getStatus() != 200 || disposition == null) {
			return;
		}
		read.add(account + " " + lang + " " + url.replaceFirst("\\?.*", ""));
		String where = account + " | " + lang + " | " + url + " | ";
		Matcher star = Pattern.compile("filename\\*=UTF-8''([^;\\s]+)").matcher(disposition);
		if (!star.find()) {
			failures.add(where + "no UTF-8 file name: " + disposition);
			return;
		}
		String filename = URLDecoder.decode(star.group(1), StandardCharsets.UTF_8);
		if (!filename.matches(".*\\p{IsHan}.*-\\d{4}-\\d{2}-\\d{2}\\.[a-z]+")) {
			failures.add(where + "file name without Chinese words and a date: " + filename);
		}
		codes.inText(filename).forEach(leak -> failures.add(where + "file name " + leak));
		if (filename.endsWith(".pdf")) {
			// the text layer of every page (risk cards, notices, certificates)
			try (var pdf = new com.lowagie.text.pdf.PdfReader(response.getContentAsByteArray())) {
				var text = new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf);
				for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
					codes.inText(text.getTextFromPage(page)).forEach(leak -> failures.add(where + "pdf " + leak));
				}
			}
		}
		if (filename.endsWith(".xlsx")) {
			for (List<String> row : Sheets.read(response.getContentAsByteArray())) {
				for (String cell : row) {
					codes.inText(cell).forEach(leak -> failures.add(where + "cell " + leak));
				}
			}
		}
	}

}
