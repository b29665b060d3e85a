package cn.xiaoan.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.xiaoan.people.privacy.PersonalDataCipher;
import cn.xiaoan.shared.IdCardNumber;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An attacker's attempt to rebuild students' ID numbers from what a role sees in the
 * student list, the school's county and the ID checksum (ADR 0014 counts the candidates).
 */
@PlatformTest
class IdNumberRebuildIntegrationTests {

	/** Fewer candidates than this would let a caller try them all by hand. */
	static final int MIN_CANDIDATES = 100;

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	PersonalDataCipher cipher;

	@Test
	void aHeadTeacherCannotRebuildAnIdNumber() throws Exception {
		long school = demo.schoolOf("headteacher");
		assertNoNumberRebuilt("headteacher", school);
	}

	@Test
	void aCountyOfficerCannotRebuildAnIdNumber() throws Exception {
		long school = demo.schoolOf("principal");
		for (String officer : List.of("tx_safety", "tx_admin")) {
			assertNoNumberRebuilt(officer, school);
		}
	}

	private void assertNoNumberRebuilt(String user, long school) throws Exception {
		String county = demo.jdbc()
			.sql("select left(region_code, 6) from org.school where id = :s")
			.param("s", school)
			.query(String.class)
			.single();
		String body = mvc.perform(get("/api/v1/schools/{id}/students", school).with(demo.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> items = JsonPath.read(body, "$.items");
		// the demo's students, whose birth date agrees with their number (other tests of
		// this shared database enrol some whose posted birth date does not)
		List<Map<String, Object>> withCards = items.stream()
			.filter(s -> !((String) s.get("idCardMasked")).isEmpty())
			.filter(s -> birthDigitsAgree(((Number) s.get("id")).longValue()))
			.limit(5)
			.toList();
		assertThat(withCards).isNotEmpty();
		for (Map<String, Object> s : withCards) {
			String real = realNumber(((Number) s.get("id")).longValue());
			List<String> candidates = candidates(county, (String) s.get("idCardMasked"), (String) s.get("birthDate"),
					(Integer) s.get("birthYear"), (String) s.get("gender"));
			assertThat(candidates).as("the real number is among the candidates").contains(real);
			assertThat(candidates.size()).as("candidates for what %s sees of student %s", user, s.get("id"))
				.isGreaterThanOrEqualTo(MIN_CANDIDATES);
			assertThat(body).doesNotContain(real);
		}
	}

	private boolean birthDigitsAgree(long studentId) {
		java.time.LocalDate birth = demo.jdbc()
			.sql("select birth_date from people.student where id = :id")
			.param("id", studentId)
			.query(java.time.LocalDate.class)
			.single();
		return birth != null && realNumber(studentId).substring(6, 14).equals(birth.toString().replace("-", ""));
	}

	private String realNumber(long studentId) {
		byte[] enc = demo.jdbc()
			.sql("select id_card_enc from people.student where id = :id")
			.param("id", studentId)
			.query(byte[].class)
			.single();
		return cipher.decrypt(enc);
	}

	/**
	 * Every valid number with the school's county that agrees with the mask, the birth
	 * date (or year) and the gender shown.
	 */
	static List<String> candidates(String county, String mask, String birthDate, Integer birthYear, String gender) {
		List<LocalDate> days = new java.util.ArrayList<>();
		if (birthDate != null) {
			days.add(LocalDate.parse(birthDate));
		}
		else {
			for (LocalDate d = LocalDate.of(birthYear, 1, 1); d.getYear() == birthYear; d = d.plusDays(1)) {
				days.add(d);
			}
		}
		List<String> found = new java.util.ArrayList<>();
		for (LocalDate day : days) {
			String head = county + day.toString().replace("-", "");
			for (int seq = 0; seq < 1000; seq++) {
				boolean male = seq % 2 == 1;
				if (("M".equals(gender) && !male) || ("F".equals(gender) && male)) {
					continue;
				}
				String first17 = head + String.format("%03d", seq);
				String number = first17 + IdCardNumber.checkChar(first17);
				if (agrees(number, mask)) {
					found.add(number);
				}
			}
		}
		return found;
	}

	private static boolean agrees(String number, String mask) {
		if (mask.length() != number.length()) {
			return false;
		}
		for (int i = 0; i < mask.length(); i++) {
			if (mask.charAt(i) != '*' && mask.charAt(i) != number.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
