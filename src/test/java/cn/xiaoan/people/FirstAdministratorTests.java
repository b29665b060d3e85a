package cn.xiaoan.people;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FirstAdministratorTests {

	@Test
	void aGeneratedInitialPasswordMeetsThePasswordRulesAndIsNeverTheSame() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			String password = FirstAdministrator.generatedPassword();
			assertThat(password).hasSize(16).matches(".*[A-Z].*").matches(".*[a-z].*").matches(".*\\d.*");
			assertThat(PasswordRules.problem(password, "admin")).as(password).isNull();
			seen.add(password);
		}
		assertThat(seen).hasSize(200);
	}

}
