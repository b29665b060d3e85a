package cn.xiaoan.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdCardNumberTests {

	@Test
	void acceptsANumberWithTheRightCheckDigit() {
		// 11010519491231002X is the standard's own example.
		assertThat(IdCardNumber.problem("11010519491231002X")).isNull();
		assertThat(IdCardNumber.problem("11010519491231002x")).isNull();
		assertThat(new IdCardNumber("11010519491231002x").value()).isEqualTo("11010519491231002X");
	}

	@Test
	void rejectsAWrongCheckDigit() {
		assertThat(IdCardNumber.problem("110105194912310021")).isEqualTo("idcard.checkdigit");
		assertThatIllegalArgumentException().isThrownBy(() -> new IdCardNumber("110105194912310021"));
	}

	@Test
	void rejectsMalformedNumbersAndImpossibleBirthDates() {
		assertThat(IdCardNumber.problem("1101051949123100")).isEqualTo("idcard.format");
		assertThat(IdCardNumber.problem("11010519491231002Y")).isEqualTo("idcard.format");
		assertThat(IdCardNumber.problem(null)).isEqualTo("idcard.format");
		String feb30 = "45040320150230001";
		assertThat(IdCardNumber.problem(feb30 + IdCardNumber.checkChar(feb30))).isEqualTo("idcard.birthdate");
	}

	@Test
	void readsBirthDateAndSex() {
		IdCardNumber id = new IdCardNumber("11010519491231002X");
		assertThat(id.birthDate()).hasYear(1949).hasMonthValue(12).hasDayOfMonth(31);
		assertThat(id.male()).isFalse();
	}

}
