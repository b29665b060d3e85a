package cn.xiaoan.education.web;

import java.util.Locale;

import cn.xiaoan.education.RateDefinitions;

import org.springframework.stereotype.Component;

/**
 * How every education screen writes a rate: one decimal and a per cent sign ("2.0%"), and
 * the count it is made of beside it where there is room ("1/51"). Templates call it as
 * {@code ${@percent.of(done, of)}}, {@code ${@percent.rate(value)}} and
 * {@code ${@percent.fraction(done, of)}}, so the same 1 of 51 reads the same on the head
 * teacher's home, the class page and the campaign page (issue 10).
 */
@Component("percent")
public class Percent {

	/**
	 * The rate of {@code part} out of {@code whole}, as {@link RateDefinitions#percent}.
	 */
	public String of(int part, int whole) {
		return rate(RateDefinitions.percent(part, whole));
	}

	/** A rate already computed by {@link RateDefinitions} (0–100). */
	public String rate(double value) {
		return digits(value) + "%";
	}

	/** The number of a rate without its sign, for messages that write "{0}%". */
	public String digits(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	/** "1/51": the count behind a rate. */
	public String fraction(int part, int whole) {
		return part + "/" + whole;
	}

}
