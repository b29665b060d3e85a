package cn.xiaoan.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Log events are counted per level by an appender: what is written counts, a disabled
 * level costs nothing and is not counted, and a stopped context leaves no appender
 * behind.
 */
class LogEventCounterTests {

	@Test
	void writtenEventsCountPerLevelAndDisabledLevelsDoNot() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		LogEventCounter counter = new LogEventCounter(meters);
		Logger logger = (Logger) LoggerFactory.getLogger("cn.xiaoan.test.counted");
		logger.setLevel(Level.INFO);
		try {
			logger.warn("a warning");
			logger.warn("another");
			logger.error("an error");
			logger.debug("not written at INFO");
			assertThat(meters.get("logback.events").tag("level", "warn").counter().count()).isEqualTo(2);
			assertThat(meters.get("logback.events").tag("level", "error").counter().count()).isEqualTo(1);
			assertThat(meters.get("logback.events").tag("level", "debug").counter().count()).isZero();
		}
		finally {
			counter.destroy();
			logger.setLevel(null);
		}
		logger.warn("after the context stopped");
		assertThat(meters.get("logback.events").tag("level", "warn").counter().count()).isEqualTo(2);
	}

}
