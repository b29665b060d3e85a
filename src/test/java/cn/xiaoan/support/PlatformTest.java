package cn.xiaoan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * The whole platform on a fresh embedded PostgreSQL with the demo data (3 schools per
 * county), one context shared by every integration and browser test; reminders pushed
 * outside the platform reach the {@link ReminderReceiver}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "xiaoan.embedded-db.data-dir=target/test-pg", "xiaoan.embedded-db.clean=true",
				"xiaoan.data-key-file=target/test-keys/personal-data.key", "xiaoan.files.dir=target/test-files",
				"xiaoan.demo.enabled=true", "xiaoan.demo.background=false", "xiaoan.demo.schools-per-county=3",
				"spring.thymeleaf.cache=true", "xiaoan.education.region-rates-cache=0s",
				"xiaoan.hazard.weekly-chart-cache=0s" })
@AutoConfigureMockMvc
@ContextCustomizerFactories(ReminderReceiver.Factory.class)
public @interface PlatformTest {

}
