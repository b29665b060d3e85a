package cn.xiaoan.shared;

import java.util.List;

/**
 * A command an operator runs against an installation from the shell instead of starting
 * the web application: {@code java -jar xiaoan.jar <name> [args…]} (for example
 * {@code backup}, {@code restore}, {@code audit-verify}). Any module may contribute one
 * as a bean; the platform finds it by {@link #name()}, runs it without the web server and
 * exits with the code it returns.
 */
public interface OperatorCommand {

	/**
	 * The word typed after the jar, lower case with dashes, e.g. {@code audit-verify}.
	 */
	String name();

	/** One line for the list printed by {@code java -jar xiaoan.jar help}. */
	String description();

	/**
	 * Runs the command; output goes to standard out/err.
	 * @param args the words after the command's name
	 * @return the process exit code: 0 for success
	 */
	int run(List<String> args) throws Exception;

}
