package cn.xiaoan.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether the platform runs on its embedded database and whether it fills an empty
 * database with demo data: by default yes on the embedded database, no on a server
 * ({@code xiaoan.demo.enabled} decides).
 */
@Component
public class DatabaseMode {

	private final boolean embedded;

	private final boolean demo;

	DatabaseMode(Environment env) {
		this.embedded = !StringUtils.hasText(env.getProperty("spring.datasource.url"));
		this.demo = env.getProperty("xiaoan.demo.enabled", Boolean.class, embedded);
	}

	public boolean embedded() {
		return embedded;
	}

	public boolean demoEnabled() {
		return demo;
	}

}
