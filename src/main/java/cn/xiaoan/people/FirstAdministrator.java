package cn.xiaoan.people;

import cn.xiaoan.people.bulk.PeopleBulkLoad;
import cn.xiaoan.platform.DatabaseMode;
import cn.xiaoan.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A start without demo data on an empty database creates one system administrator,
 * {@code admin}, whose initial password comes from {@code XIAOAN_ADMIN_PASSWORD} or,
 * without it, is generated and printed once to the console; it must be changed at first
 * sign-in.
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final PeopleBulkLoad bulk;

	private final PasswordEncoder encoder;

	private final DatabaseMode mode;

	private final String initialPassword;

	FirstAdministrator(PeopleBulkLoad bulk, PasswordEncoder encoder, DatabaseMode mode,
			@Value("${XIAOAN_ADMIN_PASSWORD:${xiaoan.admin.initial-password:}}") String initialPassword) {
		this.bulk = bulk;
		this.encoder = encoder;
		this.mode = mode;
		this.initialPassword = initialPassword;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (mode.demoEnabled() || mode.operatorCommand() || bulk.hasAccounts()) {
			return;
		}
		boolean generated = initialPassword == null || initialPassword.isBlank();
		String password = generated ? generatedPassword() : initialPassword;
		String problem = PasswordRules.problem(password, "admin");
		if (problem != null) {
			throw new IllegalStateException("The database has no accounts yet: XIAOAN_ADMIN_PASSWORD "
					+ "(8-64 characters, at most 72 bytes, from three of: capital letters, small letters, digits, symbols; "
					+ "not a common password) is the first system administrator 'admin''s password; refused: " + problem
					+ ".");
		}
		bulk.officialAccount("admin", "系统管理员", Role.SYSTEM_ADMIN, null, null, null, encoder.encode(password), true);
		log.info(
				"Created the first system administrator 'admin'; the initial password must be changed at first sign-in.");
		if (generated) {
			// the console only, never the log: shown once, changed at first sign-in
			System.out.println();
			System.out.println("  首位系统管理员 / first system administrator:  admin");
			System.out.println("  初始密码 / initial password:                  " + password);
			System.out.println("  首次登录须修改密码 / must be changed at first sign-in");
			System.out.println();
		}
	}

	/** 16 characters with upper and lower case letters and digits. */
	static String generatedPassword() {
		java.security.SecureRandom random = new java.security.SecureRandom();
		String[] classes = { "ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789" };
		String all = String.join("", classes);
		char[] chars = new char[16];
		for (int i = 0; i < chars.length; i++) {
			String from = i < classes.length ? classes[i] : all;
			chars[i] = from.charAt(random.nextInt(from.length()));
		}
		for (int i = chars.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			char c = chars[i];
			chars[i] = chars[j];
			chars[j] = c;
		}
		return new String(chars);
	}

}
