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
