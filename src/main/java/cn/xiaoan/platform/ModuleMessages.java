package cn.xiaoan.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The platform's labels ({@code messages}) plus one bundle per module under
 * {@code i18n/<module>/messages}: a module brings its own bundle and nothing here names
 * it.
 * <p>
 * The bundles are read once and merged per locale, so a label is one look-up whatever
 * module brings it: a page resolves a few hundred labels, and asking the 32 bundles in
 * turn was a tenth of a page's template time (issue 16). The first bundle holding a key
 * wins, as before, and a locale's own file overrides the default one.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessages {

	static final String MODULE_BUNDLES = "classpath*:i18n/*/messages.properties";

	private static final Pattern MODULE = Pattern.compile("i18n/([a-z0-9]+)/messages\\.properties$");

	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(basenames().stream().map(name -> "classpath:" + name).toArray(String[]::new));
		source.setCacheSeconds(-1);
		source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		source.setFallbackToSystemLocale(false);
		source.setUseCodeAsDefaultMessage(false);
		return source;
	}

	/**
	 * {@code messages} and {@code i18n/<m>/messages} for every module bundle on the class
	 * path.
	 */
	static List<String> basenames() {
		List<String> names = new ArrayList<>(List.of("messages"));
		try {
			for (Resource bundle : new PathMatchingResourcePatternResolver().getResources(MODULE_BUNDLES)) {
				Matcher m = MODULE.matcher(bundle.getURL().toString());
				if (m.find() && !names.contains("i18n/" + m.group(1) + "/messages")) {
					names.add("i18n/" + m.group(1) + "/messages");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return names;
	}

}
