package cn.xiaoan.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The merged message source answers every label exactly as its module's bundle has it:
 * the first bundle holding a key wins, English falls back to the default text where its
 * file lacks a key, and nothing is made up from a code.
 */
class ModuleMessagesTests {

	private final MessageSource messages = new ModuleMessages().messageSource();

	@Test
	void everyLabelOfEveryBundleResolvesToItsOwnTextInBothLanguages() throws IOException {
		List<String> basenames = ModuleMessages.basenames();
		assertThat(basenames).hasSizeGreaterThan(20).first().isEqualTo("messages");
		Map<String, String> chinese = new LinkedHashMap<>();
		Map<String, String> english = new LinkedHashMap<>();
		for (String basename : basenames) {
			Properties base = load(basename + ".properties");
			Properties en = load(basename + "_en.properties");
			for (String key : base.stringPropertyNames()) {
				chinese.putIfAbsent(key, base.getProperty(key));
				english.putIfAbsent(key, en.getProperty(key, base.getProperty(key)));
			}
		}
		assertThat(chinese).hasSizeGreaterThan(1000);
		chinese.forEach((key, text) -> assertThat(messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE)).as(key)
			.isEqualTo(text));
		english
			.forEach((key, text) -> assertThat(messages.getMessage(key, null, Locale.ENGLISH)).as(key).isEqualTo(text));
	}

	@Test
	void aLabelWithArgumentsIsFormattedAndAnUnknownCodeIsRefused() {
		assertThat(messages.getMessage("replica.asOf", new Object[] { "20:15:00" }, Locale.ENGLISH))
			.contains("20:15:00");
		assertThatThrownBy(() -> messages.getMessage("no.such.label", null, Locale.SIMPLIFIED_CHINESE))
			.isInstanceOf(NoSuchMessageException.class);
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ModuleMessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			if (in != null) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		return properties;
	}

}
