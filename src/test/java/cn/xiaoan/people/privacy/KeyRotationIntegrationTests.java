package cn.xiaoan.people.privacy;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import cn.xiaoan.shared.IdCardNumber;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.Sheets;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A key rotation: new writes under the new key at once, every row of every encrypted
 * column re-encrypted in the background, duplicate ID cards found throughout, the old key
 * retired at the end.
 */
@PlatformTest
class KeyRotationIntegrationTests {

	private static final String STUDENT_IDS = "xiaoan.key-rotation.people.student.id_card";

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	MasterKeys keys;

	@Autowired
	KeyRotation rotation;

	@Autowired
	KeysRotateCommand rotate;

	@Autowired
	KeysRetireCommand retire;

	@Test
	void aRotationReEncryptsEveryRowWhileDuplicateChecksKeepWorking() throws Exception {
		byte[] first = firstKey();
		drain();
		long school = demo.schoolOf("principal");
		List<Long> students = jdbc
			.sql("select id from people.student where school_id = :s and id_card_enc is not null order by id limit 2")
			.param("s", school)
			.query(Long.class)
			.list();
		long legacy = students.get(0);
		String legacyCard = card(legacy);
		String oldCard = card(students.get(1));
		// a row as written before key ids: first format, index under the flipped key
		byte[] old = PersonalDataCipherTests.oldEncrypt(first, legacyCard);
		byte[] marked = new byte[old.length + 1];
		System.arraycopy(old, 0, marked, 1, old.length);
		jdbc.sql("update people.student set id_card_enc = :e, id_card_hash = :h where id = :id")
			.param("e", marked)
			.param("h", PersonalDataCipherTests.oldIndex(first, legacyCard))
			.param("id", legacy)
			.update();
		int before = cipher.currentKeyId();
		long classId = jdbc.sql("select class_id from people.student where id = :id")
			.param("id", legacy)
			.query(Long.class)
			.single();
		String newCard = freshCard();
		Long created = null;
		try (Connection hold = dataSource.getConnection()) {
			// the re-encryption of students waits while the checks below run
			lock(hold, "select pg_advisory_lock(hashtext(?))");
			assertThat(rotate.run(List.of())).isZero();
			int current = cipher.currentKeyId();
			assertThat(current).isGreaterThan(before);
			mvc.perform(post("/api/v1/schools/{id}/students", school).with(demo.as("principal"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"classId\":" + classId + ",\"studentNo\":\"KEYROT-1\",\"name\":\"新钥\",\"idCard\":\""
						+ newCard + "\"}"))
				.andExpect(status().isCreated());
			created = jdbc.sql("select id from people.student where student_no = 'KEYROT-1'")
				.query(Long.class)
				.single();
			assertThat(PersonalDataCipher.keyIdOf(enc(created))).isEqualTo(current);
			assertThat(studentsNotUnder(current)).isGreaterThan(1);
			for (String card : List.of(legacyCard, oldCard, newCard)) {
				assertTaken(school, classId, card);
			}
			assertThat(importProblems(school, legacyCard, oldCard)).containsExactly("idcard.taken", "idcard.taken");
			lock(hold, "select pg_advisory_unlock(hashtext(?))");
			drain();
			assertThat(rotation.rowsUnder(before)).isZero();
			assertThat(rotation.status()).allSatisfy(column -> assertThat(column.notUnder(current)).isZero());
			assertThat(cipher.decrypt(enc(legacy))).isEqualTo(legacyCard);
			assertThat(PersonalDataCipher.keyIdOf(enc(legacy))).isEqualTo(current);
			for (String card : List.of(legacyCard, oldCard, newCard)) {
				assertTaken(school, classId, card);
			}
			assertThat(retire.run(List.of(String.valueOf(current)))).as("the current key stays").isEqualTo(1);
			assertThat(retire.run(List.of(String.valueOf(before)))).isZero();
			assertThat(cipher.keyIds()).doesNotContain(before);
			assertTaken(school, classId, oldCard);
		}
		finally {
			if (created != null) {
				jdbc.sql("delete from people.student where id = :id").param("id", created).update();
			}
			restoreFirstKey(first);
		}
	}

	private void assertTaken(long school, long classId, String card) throws Exception {
		mvc.perform(post("/api/v1/schools/{id}/students", school).with(demo.as("principal"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"classId\":" + classId + ",\"studentNo\":\"KEYROT-DUP\",\"name\":\"重号\",\"idCard\":\"" + card
					+ "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.idCard").value("该身份证号已登记"));
	}

	/** The problems of a student sheet with these ID cards, imported through the API. */
	private List<String> importProblems(long school, String... cards) throws Exception {
		String grade = jdbc.sql("select name from org.grade where school_id = :s order by seq limit 1")
			.param("s", school)
			.query(String.class)
			.single();
		List<List<Object>> rows = new java.util.ArrayList<>();
		for (int i = 0; i < cards.length; i++) {
			rows.add(List.of("KEYROT-I" + i, "旧钥", cards[i], grade, "9班", "否", "", "", ""));
		}
		String started = mvc
			.perform(multipart("/api/v1/schools/{id}/students/imports", school)
				.file(new MockMultipartFile("file", "keys.xlsx", null, Sheets.xlsx(Sheets.STUDENT_HEADERS, rows)))
				.param("initialPassword", "Start2026a")
				.with(demo.as("principal"))
				.with(csrf()))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String job = JsonPath.read(started, "$.job");
		long end = System.nanoTime() + 60_000_000_000L;
		while (true) {
			String state = mvc.perform(get("/api/v1/imports/{job}", job).with(demo.as("principal")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (!"RUNNING".equals(JsonPath.read(state, "$.status"))) {
				return JsonPath.read(state, "$.problems[*].messageKey");
			}
			assertThat(System.nanoTime()).as("import finished").isLessThan(end);
			Thread.sleep(100);
		}
	}

	private void lock(Connection connection, String sql) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, STUDENT_IDS);
			statement.execute();
		}
	}

	private byte[] enc(long student) {
		return jdbc.sql("select id_card_enc from people.student where id = :id")
			.param("id", student)
			.query(byte[].class)
			.single();
	}

	private String card(long student) {
		return cipher.decrypt(enc(student));
	}

	private long studentsNotUnder(int keyId) {
		return rotation.status()
			.stream()
			.filter(c -> c.name().equals("people.student.id_card"))
			.mapToLong(c -> c.notUnder(keyId))
			.sum();
	}

	private static String freshCard() {
		String first17 = "45042220100303" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		return first17 + IdCardNumber.checkChar(first17);
	}

	/** Runs the job's batches to the end (the scheduled job may take some of them). */
	private void drain() throws InterruptedException {
		long end = System.nanoTime() + 120_000_000_000L;
		while (rotation.status().stream().anyMatch(c -> c.notUnder(cipher.currentKeyId()) > 0 || !c.done())) {
			assertThat(System.nanoTime()).as("re-encryption finished").isLessThan(end);
			if (!rotation.step()) {
				Thread.sleep(50);
			}
		}
	}

	/** Key 1 answers for the first format; a run that retired it gives it back. */
	private byte[] firstKey() throws Exception {
		return keys.load().stream().filter(k -> k.id() == 1).findFirst().map(MasterKey::material).orElseGet(() -> {
			byte[] fresh = PersonalDataCipherTests.bytes(ThreadLocalRandom.current().nextInt());
			restoreFirstKey(fresh);
			return fresh;
		});
	}

	private void restoreFirstKey(byte[] material) {
		try {
			if (keys.load().stream().noneMatch(k -> k.id() == 1)) {
				Files.writeString(keys.file(), new MasterKey(1, material).format() + "\n",
						java.nio.file.StandardOpenOption.APPEND);
				cipher.reload();
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
