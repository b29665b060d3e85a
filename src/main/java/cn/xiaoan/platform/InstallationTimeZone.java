package cn.xiaoan.platform;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.TimeZone;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Makes the installation's time zone ({@code xiaoan.time-zone}, env
 * {@code XIAOAN_TIME_ZONE}, 北京时间 by default) the JVM default before any bean exists,
 * whatever zone the server runs in. The JDBC driver sends the JVM default as the session
 * {@code TimeZone}, so {@code current_date} and {@code timestamptz::date} are Beijing's
 * too, and so are {@code LocalDate.now()} and the formatters that take the default zone.
 * Runs after the configuration files are read (they carry the setting).
 */
class InstallationTimeZone implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY = "xiaoan.time-zone";

	static final String BEIJING = "Asia/Shanghai";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		TimeZone.setDefault(TimeZone.getTimeZone(of(environment.getProperty(PROPERTY, BEIJING))));
	}

	/**
	 * The zone named by the setting; a misspelt zone stops the start instead of running
	 * in UTC.
	 */
	static ZoneId of(String name) {
		try {
			return ZoneId.of(name.trim());
		}
		catch (DateTimeException ex) {
			throw new IllegalStateException(PROPERTY + "=" + name + " is not a time zone (e.g. " + BEIJING + ")", ex);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
