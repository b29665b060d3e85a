package cn.xiaoan.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether the platform runs on its embedded database, whether it fills an empty database
 * with demo data (only when asked: {@code xiaoan.demo.enabled=true}), and whether it runs
 * an operator command ({@code java -jar xiaoan.jar <command>}), which starts no web
 * server, no jobs, and writes nothing at start-up.
 */
@Component
public class DatabaseMode {

	/** Set by the command dispatcher to the command's name. */
	public static final String OPERATOR_COMMAND = "xiaoan.operator-command";

	private final boolean embedded;

	private final boolean demo;

	private final boolean operatorCommand;

	DatabaseMode(Environment env) {
		this.embedded = !StringUtils.hasText(env.getProperty("spring.datasource.url"));
		this.operatorCommand = StringUtils.hasText(env.getProperty(OPERATOR_COMMAND));
		this.demo = !operatorCommand && env.getProperty("xiaoan.demo.enabled", Boolean.class, false);
	}

	public boolean embedded() {
		return embedded;
	}

	public boolean demoEnabled() {
		return demo;
	}

	/** Whether this process runs an operator command rather than the platform. */
	public boolean operatorCommand() {
		return operatorCommand;
	}

}
