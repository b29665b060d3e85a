package cn.xiaoan.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.expression.Temporals;

/**
 * The {@code #temporals} of every template. Thymeleaf's own formats an
 * {@code OffsetDateTime} in the offset it carries, and the JDBC driver reads every
 * {@code timestamptz} as UTC, so pages showed UTC; this one first moves instants into the
 * installation's zone. Public because templates call its methods by reflection.
 */
public final class InstallationTemporals {

	private final Temporals temporals;

	private final ZoneId zone;

	InstallationTemporals(Locale locale, ZoneId zone) {
		this.temporals = new Temporals(locale, zone);
		this.zone = zone;
	}

	public String format(Temporal target) {
		return target == null ? null : temporals.format(inZone(target));
	}

	public String format(Temporal target, String pattern) {
		return target == null ? null : temporals.format(inZone(target), pattern);
	}

	public String format(Temporal target, String pattern, Locale locale) {
		return target == null ? null : temporals.format(inZone(target), pattern, locale);
	}

	public Temporal createNow() {
		return ZonedDateTime.now(zone);
	}

	public Temporal createToday() {
		return java.time.LocalDate.now(zone);
	}

	private Temporal inZone(Temporal target) {
		if (target instanceof OffsetDateTime t) {
			return t.atZoneSameInstant(zone);
		}
		if (target instanceof ZonedDateTime t) {
			return t.withZoneSameInstant(zone);
		}
		if (target instanceof Instant t) {
			return t.atZone(zone);
		}
		return target;
	}

	/**
	 * Registers the object under the standard name; Thymeleaf asks the dialects added
	 * last first, so it replaces the standard one.
	 */
	static final class Dialect extends AbstractDialect implements IExpressionObjectDialect {

		private static final String NAME = "temporals";

		private final ZoneId zone;

		Dialect(ZoneId zone) {
			super("installation-temporals");
			this.zone = zone;
		}

		@Override
		public IExpressionObjectFactory getExpressionObjectFactory() {
			return new IExpressionObjectFactory() {

				@Override
				public Set<String> getAllExpressionObjectNames() {
					return Set.of(NAME);
				}

				@Override
				public Object buildObject(IExpressionContext context, String name) {
					return NAME.equals(name) ? new InstallationTemporals(context.getLocale(), zone) : null;
				}

				@Override
				public boolean isCacheable(String name) {
					return true;
				}

			};
		}

	}

}
