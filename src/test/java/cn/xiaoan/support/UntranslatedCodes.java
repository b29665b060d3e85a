package cn.xiaoan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.unbescape.html.HtmlEscape;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds what a user should never read: the name of a constant of any {@code cn.xiaoan}
 * enum ({@code MAJOR}, {@code LOGIN_SUCCESS}), a message key that was not resolved
 * ({@code ??hazard.x_zh_CN??}, {@code hazard.status.REPORTED}) and an id standing in for
 * a name ({@code 450422 #25}). It reads the visible text of a page (text nodes outside
 * scripts and styles, and the attributes a browser shows: title, placeholder, aria-label,
 * alt, the confirmation text), or any other text (a cell, a file name), whole words only.
 */
public final class UntranslatedCodes {

	/**
	 * Attributes a person reads (as a tooltip, a placeholder, a screen reader or a
	 * dialog).
	 */
	private static final Set<String> SHOWN_ATTRIBUTES = Set.of("title", "placeholder", "aria-label", "alt",
			"data-confirm", "hx-confirm", "data-bs-title");

	/** Elements whose content is not text on the page. */
	private static final Set<String> NOT_SHOWN = Set.of("script", "style", "template", "head");

	/**
	 * Capitals that are words of the domain in every language, though some enum has them
	 * too: the LEC and LS grading methods are called so in Chinese regulations.
	 */
	private static final Set<String> WORDS = Set.of("LEC", "LS", "PDF", "API", "ID", "QQ", "OK", "URL", "IP", "GB",
			"SMS", "HTTP", "JSON", "CSV", "AI");

	private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");

	private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");

	private static final Pattern KEY_LIKE = Pattern
		.compile("(?<![\\w./@-])[a-z][a-zA-Z0-9_]*(?:\\.[a-zA-Z_][a-zA-Z0-9_]*){2,}(?![\\w/@-])");

	private static final Pattern ADDRESS = Pattern.compile("(?<![\\w/])/(?:[\\w.{}%-]+/)+[\\w.{}%-]+");

	private static final Pattern ID_LABEL = Pattern.compile("(?<![&\\w])#\\d+");

	private static final Set<String> NOT_KEYS = Set.of("xlsx", "pdf", "json", "csv", "png", "jpg", "jpeg", "html", "cn",
			"com", "org", "net", "gov", "edu", "txt", "zip");

	private final Set<String> constants;

	private final Set<String> keys;

	public UntranslatedCodes(Set<String> constants, Set<String> keys) {
		this.constants = constants;
		this.keys = keys;
	}

	/** Every enum constant of the platform and every message key of its bundles. */
	public static UntranslatedCodes ofPlatform() {
		return new UntranslatedCodes(enumConstants(), messageKeys());
	}

	/** What is wrong in the visible text of an HTML page or fragment, each once. */
	public List<String> inHtml(String html) {
		Set<String> found = new LinkedHashSet<>();
		Visible visible = new Visible();
		try {
			new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(html, visible);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("not HTML", ex);
		}
		visible.texts.forEach(t -> found.addAll(inText(t)));
		return new ArrayList<>(found);
	}

	/** What is wrong in a text: an enum name, an unresolved key, an id label. */
	public List<String> inText(String text) {
		List<String> found = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return found;
		}
		add(found, UNRESOLVED.matcher(text), "unresolved key");
		text = UNRESOLVED.matcher(text).replaceAll(" ");
		add(found, ID_LABEL.matcher(text), "id label");
		Matcher key = KEY_LIKE.matcher(text);
		while (key.find()) {
			String candidate = key.group();
			String last = candidate.substring(candidate.lastIndexOf('.') + 1);
			if (!NOT_KEYS.contains(last.toLowerCase()) && !candidate.startsWith("www.")) {
				found.add("message key: " + candidate + "  in \"" + excerpt(text, key.start()) + "\"");
			}
		}
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			String w = word.group();
			if (keys.contains(w)) {
				found.add("message key: " + w + "  in \"" + excerpt(text, word.start()) + "\"");
			}
		}
		for (String token : text.split("[^A-Za-z0-9_.]+")) {
			if (token.contains(".") && keys.contains(token)) {
				found.add("message key: " + token + "  in \"" + excerpt(text, text.indexOf(token)) + "\"");
			}
		}
		// an address (a refused request's path in the audit trail) is quoted as it was
		// asked
		text = ADDRESS.matcher(text).replaceAll(" ");
		Matcher constant = Pattern.compile("(?<![A-Za-z0-9_.])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![A-Za-z0-9_])")
			.matcher(text);
		while (constant.find()) {
			String c = constant.group();
			if (c.length() >= 2 && constants.contains(c) && !WORDS.contains(c)) {
				found.add("enum name: " + c + "  in \"" + excerpt(text, constant.start()) + "\"");
			}
		}
		return found;
	}

	private static void add(List<String> found, Matcher m, String what) {
		String text = m.replaceAll(r -> Matcher.quoteReplacement(r.group()));
		m.reset();
		while (m.find()) {
			found.add(what + ": " + m.group() + "  in \"" + excerpt(text, m.start()) + "\"");
		}
	}

	private static String excerpt(String text, int at) {
		String flat = text.replaceAll("\\s+", " ");
		int from = Math.max(0, Math.min(at, flat.length()) - 30);
		return flat.substring(from, Math.min(flat.length(), from + 80)).trim();
	}

	/** The text nodes and shown attributes, unescaped, outside scripts and styles. */
	private static final class Visible extends AbstractMarkupHandler {

		final List<String> texts = new ArrayList<>();

		private int hidden;

		@Override
		public void handleOpenElementStart(char[] b, int o, int l, int line, int col) {
			if (NOT_SHOWN.contains(new String(b, o, l).toLowerCase())) {
				hidden++;
			}
		}

		@Override
		public void handleCloseElementStart(char[] b, int o, int l, int line, int col) {
			if (NOT_SHOWN.contains(new String(b, o, l).toLowerCase())) {
				hidden = Math.max(0, hidden - 1);
			}
		}

		@Override
		public void handleAutoCloseElementStart(char[] b, int o, int l, int line, int col) {
			handleCloseElementStart(b, o, l, line, col);
		}

		@Override
		public void handleText(char[] b, int o, int l, int line, int col) {
			if (hidden == 0) {
				texts.add(HtmlEscape.unescapeHtml(new String(b, o, l)));
			}
		}

		@Override
		public void handleAttribute(char[] b, int nameOffset, int nameLen, int nameLine, int nameCol,
				int operatorOffset, int operatorLen, int operatorLine, int operatorCol, int valueContentOffset,
				int valueContentLen, int valueOuterOffset, int valueOuterLen, int valueLine, int valueCol) {
			if (SHOWN_ATTRIBUTES.contains(new String(b, nameOffset, nameLen).toLowerCase())) {
				texts.add(HtmlEscape.unescapeHtml(new String(b, valueContentOffset, valueContentLen)));
			}
		}

	}

	/** Names of the constants of every enum compiled from the platform's sources. */
	static Set<String> enumConstants() {
		Set<String> names = new TreeSet<>();
		try {
			Path classes = Path
				.of(cn.xiaoan.XiaoanApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			try (Stream<Path> files = Files.walk(classes)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
					String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
					Class<?> type = Class.forName(name, false, UntranslatedCodes.class.getClassLoader());
					if (type.isEnum()) {
						for (Object constant : type.getEnumConstants()) {
							names.add(((Enum<?>) constant).name());
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ReflectiveOperationException | java.net.URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
		return names;
	}

	/** Every key of every message bundle. */
	static Set<String> messageKeys() {
		Set<String> keys = new HashSet<>();
		try {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
			List<Resource> bundles = new ArrayList<>(List.of(resolver.getResources("classpath*:messages.properties")));
			bundles.addAll(List.of(resolver.getResources("classpath*:i18n/*/messages.properties")));
			for (Resource bundle : bundles) {
				Properties p = new Properties();
				try (var in = bundle.getInputStream()) {
					p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
				}
				p.stringPropertyNames().stream().filter(k -> k.contains(".")).forEach(keys::add);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return keys;
	}

}
