package cn.xiaoan.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A resident ID-card number (GB 11643): 17 digits and an ISO 7064 MOD 11-2 check
 * character.
 */
public record IdCardNumber(String value) {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CHECK = "10X98765432".toCharArray();

	private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	public IdCardNumber {
		String problem = problem(value);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		value = value.toUpperCase();
	}

	/** Why the text is not a valid number, or null if it is. */
	public static String problem(String text) {
		if (text == null || !text.matches("\\d{17}[\\dXx]")) {
			return "idcard.format";
		}
		try {
			LocalDate.parse(text.substring(6, 14), BIRTH);
		}
		catch (DateTimeParseException ex) {
			return "idcard.birthdate";
		}
		if (Character.toUpperCase(text.charAt(17)) != checkChar(text.substring(0, 17))) {
			return "idcard.checkdigit";
		}
		return null;
	}

	public static char checkChar(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK[sum % 11];
	}

	public LocalDate birthDate() {
		return LocalDate.parse(value.substring(6, 14), BIRTH);
	}

	/** 1 = male, 2 = female by the 17th digit's parity. */
	public boolean male() {
		return (value.charAt(16) - '0') % 2 == 1;
	}

	/** Never the number itself (a log line or an error message may show it). */
	@Override
	public String toString() {
		return value.substring(0, 4) + "*".repeat(value.length() - 4);
	}

}
