package cn.xiaoan.meeting;

import java.time.LocalDate;

/**
 * A calendar quarter (季度), as the township meeting rule counts them: 1 Jan – 31 Mar and
 * so on. Written {@code 2026-4} in links.
 */
public record Quarter(int year, int number) {

	public Quarter {
		if (number < 1 || number > 4 || year < 2000 || year > 2100) {
			throw new IllegalArgumentException("no such quarter");
		}
	}

	public static Quarter of(LocalDate day) {
		return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	/** {@code 2026-4}; null or malformed text gives {@code fallback}. */
	public static Quarter parse(String text, Quarter fallback) {
		if (text == null || !text.matches("\\d{4}-[1-4]")) {
			return fallback;
		}
		int year = Integer.parseInt(text.substring(0, 4));
		return year < 2000 || year > 2100 ? fallback : new Quarter(year, text.charAt(5) - '0');
	}

	public LocalDate first() {
		return LocalDate.of(year, (number - 1) * 3 + 1, 1);
	}

	public LocalDate last() {
		return first().plusMonths(3).minusDays(1);
	}

	public Quarter previous() {
		return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
	}

	public Quarter next() {
		return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(first()) && !day.isAfter(last());
	}

	@Override
	public String toString() {
		return year + "-" + number;
	}

}
