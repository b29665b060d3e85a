package cn.xiaoan.people;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 等保 password rules, as applied to every password set on the platform. */
class PasswordRulesTests {

	@Test
	void aPasswordNeedsEightCharactersFromThreeOfFourClasses() {
		assertThat(PasswordRules.problem("Ab1#", null)).isEqualTo("password.length");
		assertThat(PasswordRules.problem("abcdefgh2026", null)).isEqualTo("password.weak");
		assertThat(PasswordRules.problem("ABCDEFGH#$%&", null)).isEqualTo("password.weak");
		assertThat(PasswordRules.problem("Start2026go", null)).isNull();
		assertThat(PasswordRules.problem("start#2026go", null)).isNull();
		assertThat(PasswordRules.problem("平安校园Go2026x", null)).isNull();
	}

	@Test
	void commonPasswordsAndCommonWordsWithDigitsOrLookAlikesAreRefused() {
		assertThat(PasswordRules.problem("Password1", null)).isEqualTo("password.common");
		assertThat(PasswordRules.problem("P@ssw0rd", null)).isEqualTo("password.common");
		assertThat(PasswordRules.problem("Password2026!", null)).isEqualTo("password.common");
		assertThat(PasswordRules.problem("!Dragon2026", null)).isEqualTo("password.common");
		assertThat(PasswordRules.problem("Qwerty123456", null)).isEqualTo("password.common");
		assertThat(PasswordRules.problem("Woaini1314", null)).isEqualTo("password.common");
		// the demo password is published in the README: nobody may choose it or its like
		assertThat(PasswordRules.problem("Xiaoan@2026", null)).isEqualTo("password.common");
		assertThat(PasswordRules.problem("Xiaoan#2027", null)).isEqualTo("password.common");
	}

	@Test
	void aPasswordMayNotContainTheUsername() {
		assertThat(PasswordRules.problem("Tx_safety2026", "tx_safety")).isEqualTo("password.username");
		assertThat(PasswordRules.problem("#TX_SAFETY#9a", "tx_safety")).isEqualTo("password.username");
		assertThat(PasswordRules.problem("Start2026go", "tx_safety")).isNull();
		// a short username only as the whole word: the first administrator's
		// "CiAdmin2026"
		assertThat(PasswordRules.problem("Admin@2026", "admin")).isEqualTo("password.username");
		assertThat(PasswordRules.problem("CiAdmin2026", "admin")).isNull();
		assertThat(PasswordRules.problem("FirstAdmin2026", "admin")).isNull();
	}

	@Test
	void moreThanSeventyTwoBytesIsRefusedBeforeBcryptSeesIt() {
		String thirtyChinese = "安全".repeat(15) + "Ab1";
		assertThat(thirtyChinese.length()).isLessThanOrEqualTo(PasswordRules.MAX_LENGTH);
		assertThat(PasswordRules.problem(thirtyChinese, null)).isEqualTo("password.bytes");
		assertThat(PasswordRules.problem("安全".repeat(12) + "Ab", null)).isEqualTo("password.bytes");
		assertThat(PasswordRules.problem("安全".repeat(11) + "Ab1x", null)).isNull();
	}

	@Test
	void generatedPasswordsFollowTheRules() {
		for (int i = 0; i < 200; i++) {
			assertThat(PasswordRules.problem(AccountImport.generatedPassword(), "someone")).isNull();
		}
	}

}
