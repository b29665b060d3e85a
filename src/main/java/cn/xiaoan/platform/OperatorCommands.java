package cn.xiaoan.platform;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.xiaoan.shared.OperatorCommand;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar xiaoan.jar <name> [args…]}: runs the {@link OperatorCommand} bean of
 * that name in a context without the web server, the jobs, the migrations or any start-up
 * writes, and answers its exit code. {@code help} lists the commands. Words starting with
 * {@code --} are Spring properties (e.g. {@code --spring.datasource.url=…}); the others
 * go to the command.
 */
public final class OperatorCommands {

	private OperatorCommands() {
	}

	/** Whether the command line names a command rather than starting the platform. */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && !args[0].startsWith("-");
	}

	public static int dispatch(Class<?> application, String[] args) {
		String name = args[0];
		List<String> words = new ArrayList<>();
		// as command-line arguments: they outrank application.properties
		List<String> options = new ArrayList<>(
				List.of("--" + DatabaseMode.OPERATOR_COMMAND + "=" + name, "--spring.flyway.enabled=false",
						"--xiaoan.scheduling.enabled=false", "--spring.modulith.moments.enabled=false",
						"--spring.modulith.events.republish-outstanding-events-on-restart=false",
						// the controllers need a web context, but nothing listens
						"--server.port=-1", "--management.server.port=-1"));
		for (String arg : Arrays.asList(args).subList(1, args.length)) {
			(arg.startsWith("--") ? options : words).add(arg);
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.properties(DatabaseMode.OPERATOR_COMMAND + "=" + name, "spring.flyway.enabled=false",
					"xiaoan.scheduling.enabled=false",
					"spring.modulith.events.republish-outstanding-events-on-restart=false")
			.run(options.toArray(String[]::new))) {
			Map<String, OperatorCommand> commands = new TreeMap<>();
			context.getBeansOfType(OperatorCommand.class).values().forEach(c -> commands.put(c.name(), c));
			OperatorCommand command = commands.get(name);
			if (command == null) {
				boolean help = "help".equals(name);
				help(commands, help ? System.out : System.err, help ? null : name);
				return help ? 0 : 2;
			}
			return command.run(words);
		}
		catch (Exception ex) {
			System.err.println(name + ": " + ex.getMessage());
			return 1;
		}
	}

	private static void help(Map<String, OperatorCommand> commands, PrintStream out, String unknown) {
		if (unknown != null) {
			out.println("Unknown command: " + unknown);
		}
		out.println("Usage: java -jar xiaoan.jar <command> [args…]   (without a command: start the platform)");
		out.printf("  %-14s %s%n", "help", "lists the commands");
		commands.forEach((n, c) -> out.printf("  %-14s %s%n", n, c.description()));
	}

}
