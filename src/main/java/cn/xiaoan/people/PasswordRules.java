package cn.xiaoan.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * 等保2.0 三级 身份鉴别 (GB/T 22239-2019 8.1.4.1 a: 口令具有复杂度要求): every password set on the
 * platform — a change, an administrator's create or reset, an import, the first
 * administrator's — has 8 to 64 characters and at most 72 bytes in UTF-8 (bcrypt reads no
 * further), characters of at least three of four classes (capital letters, small letters,
 * digits, anything else), is not the username with digits or symbols around it (nor
 * contains a username of six or more characters), and is not a common password, nor a
 * common word dressed up with digits, symbols or look-alike characters ({@code P@ssw0rd},
 * {@code Password2026!}). The list is the 10,000 most common passwords (Mark Burnett,
 * packaged as npm {@code common-password} 0.1.2, ISC) and a short list of the platform's
 * own and of common Chinese passwords; see {@code resources/people/passwords/NOTICE.md}.
 */
final class PasswordRules {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 64;

	/** bcrypt ignores the bytes after the 72nd, and refuses to hash them. */
	static final int MAX_BYTES = 72;

	private static final String[] LISTS = { "people/passwords/common-10k.txt", "people/passwords/common-zh.txt" };

	private PasswordRules() {
	}

	/** Why the password may not be set for the username (may be null), or null. */
	static String problem(String password, String username) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			return "password.length";
		}
		if (tooLongForHash(password)) {
			return "password.bytes";
		}
		if (classes(password) < 3) {
			return "password.weak";
		}
		String plain = password.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank()) {
			String name = username.trim().toLowerCase(Locale.ROOT);
			boolean contains = name.length() >= 6 && (plain.contains(name) || unleet(plain).contains(name));
			if (contains || core(plain).equals(name) || core(unleet(plain)).equals(name)) {
				return "password.username";
			}
		}
		if (common(plain)) {
			return "password.common";
		}
		return null;
	}

	static boolean tooLongForHash(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
	}

	private static int classes(String password) {
		boolean upper = false;
		boolean lower = false;
		boolean digit = false;
		boolean other = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				upper = true;
			}
			else if (c >= 'a' && c <= 'z') {
				lower = true;
			}
			else if (c >= '0' && c <= '9') {
				digit = true;
			}
			else {
				other = true;
			}
		}
		return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}

	/**
	 * The password, its look-alikes read as letters, and the word left once leading and
	 * trailing digits and symbols are taken away ({@code !Dragon2026} → {@code dragon}).
	 */
	private static boolean common(String plain) {
		Set<String> list = Common.LIST;
		String word = core(plain);
		String unleeted = unleet(plain);
		return list.contains(plain) || list.contains(unleeted) || (word.length() >= 4 && list.contains(word))
				|| (word.length() >= 4 && list.contains(unleet(word))) || list.contains(core(unleeted))
				|| list.contains(plain.replaceAll("[^a-z0-9]", ""));
	}

	private static String core(String plain) {
		return plain.replaceAll("^[^a-z]+", "").replaceAll("[^a-z]+$", "");
	}

	private static String unleet(String plain) {
		StringBuilder out = new StringBuilder(plain.length());
		for (int i = 0; i < plain.length(); i++) {
			char c = plain.charAt(i);
			out.append(switch (c) {
				case '@', '4' -> 'a';
				case '0' -> 'o';
				case '1', '!' -> 'i';
				case '3' -> 'e';
				case '$', '5' -> 's';
				case '7' -> 't';
				default -> c;
			});
		}
		return out.toString();
	}

	/** Read once, at the first password set (about 10,000 short strings). */
	private static final class Common {

		static final Set<String> LIST = load();

		private static Set<String> load() {
			Set<String> words = new HashSet<>();
			for (String resource : LISTS) {
				try (InputStream in = PasswordRules.class.getClassLoader().getResourceAsStream(resource)) {
					if (in == null) {
						throw new IllegalStateException("missing " + resource);
					}
					new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
						.map(line -> line.trim().toLowerCase(Locale.ROOT))
						.filter(line -> !line.isEmpty() && !line.startsWith("#"))
						.forEach(words::add);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return Set.copyOf(words);
		}

	}

}
