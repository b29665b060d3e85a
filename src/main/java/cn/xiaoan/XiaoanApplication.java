package cn.xiaoan;

import cn.xiaoan.platform.EmbeddedPostgresConfiguration;
import cn.xiaoan.platform.OperatorCommands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * 校安 XiaoAn: school safety risk prevention and control platform. {@code java -jar
 * xiaoan.jar} starts it; {@code java -jar xiaoan.jar <command> [args…]} runs an operator
 * command ({@code help} lists them) and exits with its code.
 */
@SpringBootApplication
public class XiaoanApplication {

	public static void main(String[] args) {
		if (OperatorCommands.isCommand(args)) {
			System.exit(OperatorCommands.dispatch(XiaoanApplication.class, args));
		}
		if (usesEmbeddedDatabase(args)) {
			EmbeddedPostgresConfiguration.prestart(argument(args, "--xiaoan.embedded-db.data-dir=", "./data/pg"));
		}
		SpringApplication.run(XiaoanApplication.class, args);
	}

	private static boolean usesEmbeddedDatabase(String[] args) {
		return isBlank(System.getenv("SPRING_DATASOURCE_URL")) && isBlank(System.getenv("XIAOAN_DB_URL"))
				&& isBlank(System.getProperty("spring.datasource.url"))
				&& argument(args, "--spring.datasource.url=", "").isBlank();
	}

	private static String argument(String[] args, String prefix, String fallback) {
		for (String arg : args) {
			if (arg.startsWith(prefix)) {
				return arg.substring(prefix.length());
			}
		}
		return fallback;
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

}
