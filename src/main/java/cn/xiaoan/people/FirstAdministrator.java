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
 * A production start on an empty database creates one system administrator,
 * {@code admin}, whose initial password comes from {@code XIAOAN_ADMIN_PASSWORD} and must
 * be changed at first sign-in.
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
		if (mode.demoEnabled() || bulk.hasAccounts()) {
			return;
		}
		String problem = PasswordRules.problem(initialPassword, "admin");
		if (problem != null) {
			throw new IllegalStateException("The database has no accounts yet: set XIAOAN_ADMIN_PASSWORD "
					+ "(8-64 characters, at most 72 bytes, from three of: capital letters, small letters, digits, symbols; "
					+ "not a common password) to create the first system administrator 'admin'; refused: " + problem
					+ ".");
		}
		bulk.officialAccount("admin", "系统管理员", Role.SYSTEM_ADMIN, null, null, null, encoder.encode(initialPassword),
				true);
		log.info(
				"Created the first system administrator 'admin'; the initial password must be changed at first sign-in.");
	}

}
