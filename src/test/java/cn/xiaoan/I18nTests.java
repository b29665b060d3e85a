package cn.xiaoan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every label is a message key, present in Chinese and English alike. */
class I18nTests {

	/**
	 * An element with text of its own: tag, attributes (quoted values may hold '>'),
	 * text.
	 */
	private static final Pattern ELEMENT = Pattern
		.compile("<([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>([^<]+)<");

	private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");

	@Test
	void templatesHoldNoHardCodedChineseText() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<String> offenders = files.filter(p -> p.toString().endsWith(".html")).flatMap(p -> {
				try {
					return Files.readAllLines(p)
						.stream()
						.filter(l -> CJK.matcher(l).find())
						.map(l -> p + ": " + l.trim());
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).toList();
			assertThat(offenders).isEmpty();
		}
	}

	/**
	 * Any text between tags, Chinese or English, comes from a message key: an element
	 * with text of its own must replace it ({@code th:text}, {@code th:errors}, …), so
	 * what stays in the file is a placeholder for previews.
	 */
	@Test
	void templatesHoldNoLiteralText() throws IOException {
		Pattern replaced = Pattern.compile("th:(text|utext|replace|insert|errors)\\s*=");
		Pattern letters = Pattern.compile("[A-Za-z\\u4e00-\\u9fff]");
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<String> offenders = files.filter(p -> p.toString().endsWith(".html")).flatMap(p -> {
				String html = read(p).replaceAll("(?s)<!--.*?-->", "")
					.replaceAll("(?s)<(script|style)\\b.*?</\\1>", "");
				return ELEMENT.matcher(html)
					.results()
					.filter(m -> letters.matcher(m.group(3)).find() && !replaced.matcher(m.group(2)).find()
							&& !m.group(3).contains("[["))
					.map(m -> p + ": <" + m.group(1) + "> " + m.group(3).strip());
			}).toList();
			assertThat(offenders).isEmpty();
		}
	}

	@Test
	void theLiteralTextCheckSeesAnUntranslatedLabel() {
		assertThat(ELEMENT.matcher("<button class=\"btn\" th:if=\"${a > b}\">Save</button>").results()).singleElement()
			.satisfies(m -> assertThat(m.group(3)).isEqualTo("Save"));
	}

	@Test
	void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		for (String bundle : bundles()) {
			Properties zh = load("/" + bundle + ".properties");
			Properties en = load("/" + bundle + "_en.properties");
			assertThat(en.keySet()).as(bundle).containsExactlyInAnyOrderElementsOf(zh.keySet());
		}
	}

	@Test
	void noKeyIsDefinedByTwoBundles() throws IOException {
		Properties all = new Properties();
		List<String> twice = new java.util.ArrayList<>();
		for (String bundle : bundles()) {
			Properties zh = load("/" + bundle + ".properties");
			zh.keySet().stream().filter(all::containsKey).forEach(k -> twice.add(bundle + ": " + k));
			all.putAll(zh);
		}
		assertThat(twice).isEmpty();
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Properties zh = new Properties();
		for (String bundle : bundles()) {
			zh.putAll(load("/" + bundle + ".properties"));
		}
		Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			List<String> missing = files.filter(p -> p.toString().endsWith(".html")).flatMap(p -> {
				try {
					return key.matcher(Files.readString(p)).results().map(m -> m.group(1));
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).filter(k -> !zh.containsKey(k)).distinct().toList();
			assertThat(missing).isEmpty();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** The platform's bundle and every module's {@code i18n/<module>/messages}. */
	private static List<String> bundles() throws IOException {
		try (Stream<Path> dirs = Files.list(Path.of("src/main/resources/i18n"))) {
			return Stream.concat(Stream.of("messages"), dirs.sorted().map(d -> "i18n/" + d.getFileName() + "/messages"))
				.toList();
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources" + resource))) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

}
