package cn.xiaoan.platform;

import java.util.EnumMap;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Counts the log events written, per level, as {@code logback.events} (the name and tag
 * Micrometer's own binder uses, so a dashboard or alert on it keeps working).
 * Micrometer's binder is switched off ({@code spring.autoconfigure.exclude}): it counts
 * with a logback <em>turbo filter</em>, which every {@code isDebugEnabled()} and
 * {@code isTraceEnabled()} on every request path consults, 2.7–2.9 % of the quiz
 * submission path's CPU (issue 16, docs/benchmarks.md). An appender on the root logger
 * sees only the events that are written, so a disabled level costs nothing here.
 */
@Component
class LogEventCounter extends UnsynchronizedAppenderBase<ILoggingEvent> implements DisposableBean {

	private static final String NAME = "xiaoan-log-event-counter";

	private final Map<LevelName, Counter> counters = new EnumMap<>(LevelName.class);

	private final Logger root;

	LogEventCounter(MeterRegistry meters) {
		for (LevelName level : LevelName.values()) {
			counters.put(level,
					Counter.builder("logback.events")
						.tag("level", level.name().toLowerCase(java.util.Locale.ROOT))
						.description("Number of log events that were enabled by the effective log level")
						.baseUnit("events")
						.register(meters));
		}
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
			setContext(context);
			setName(NAME);
			start();
			root.addAppender(this);
		}
		else {
			root = null;
		}
	}

	@Override
	protected void append(ILoggingEvent event) {
		counters.get(LevelName.of(event.getLevel())).increment();
	}

	/** A stopped context (tests start many) takes its appender with it. */
	@Override
	public void destroy() {
		if (root != null) {
			root.detachAppender(this);
			stop();
		}
	}

	private enum LevelName {

		ERROR, WARN, INFO, DEBUG, TRACE;

		static LevelName of(Level level) {
			return switch (level.toInt()) {
				case Level.ERROR_INT -> ERROR;
				case Level.WARN_INT -> WARN;
				case Level.INFO_INT -> INFO;
				case Level.DEBUG_INT -> DEBUG;
				default -> TRACE;
			};
		}

	}

}
