package cn.xiaoan.people;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.FormClient;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 忘记密码: a head teacher resets the student and parent accounts of the class they head,
 * nothing else; a reset gives a one-time password, unlocks, ends sessions and is audited.
 */
@PlatformTest
class PasswordResetIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	PasswordResets resets;

	@LocalServerPort
	int port;

	/** Demo accounts whose password a test reset: put back afterwards for other tests. */
	private final Map<Long, String> hashes = new LinkedHashMap<>();

	@AfterEach
	void restorePasswords() {
		hashes.forEach((id, hash) -> demo.jdbc()
			.sql("update people.account set password_hash = :h, must_change_password = false, locked_until = null where id = :id")
			.param("h", hash)
			.param("id", id)
			.update());
	}

	@Test
	void headTeacherResetsOnlyOwnClassStudents() {
		long own = studentAccount("= h.head_class_id");
		long otherClass = studentAccount("<> h.head_class_id");
		long otherSchool = demo.jdbc()
			.sql("""
					select a.id from people.account a where a.role in ('STUDENT', 'PARENT', 'TEACHER')
					   and a.school_id <> :s order by a.role desc, a.id limit 1""")
			.param("s", demo.schoolOf("headteacher"))
			.query(Long.class)
			.single();
		long teacher = id("teacher");
		keep(own);

		var reset = demo.callAs("headteacher", () -> resets.reset(own));
		assertThat(reset.password()).hasSize(10);
		assertThat(PasswordRules.problem(reset.password(), reset.username())).isNull();

		for (long refused : new long[] { otherClass, otherSchool, teacher, id("principal") }) {
			assertThatThrownBy(() -> demo.runAs("headteacher", () -> resets.reset(refused))).as("account %d", refused)
				.isInstanceOf(NotFound.class);
		}
		// other roles may not reset at all, not even a student of their school
		assertThatThrownBy(() -> demo.runAs("teacher", () -> resets.reset(own))).isInstanceOf(AccessDenied.class);
		assertThatThrownBy(() -> demo.runAs("student", () -> resets.reset(own))).isInstanceOf(AccessDenied.class);
		// the principal (the school's account administrator) may; a principal elsewhere
		// may not
		assertThatThrownBy(() -> demo.runAs("principal2", () -> resets.reset(own))).isInstanceOf(NotFound.class);
		assertThat(demo.callAs("principal", () -> resets.reset(own)).username()).isEqualTo(reset.username());
	}

	@Test
	void resetIsAuditedAndRevokesSessions() throws Exception {
		long teacher = id("teacher");
		keep(teacher);
		FormClient teacherDesk = new FormClient(port);
		teacherDesk.openLogin();
		assertThat(teacherDesk.login("teacher", Demo.PASSWORD).statusCode()).isEqualTo(302);
		assertThat(teacherDesk.get("/inbox").statusCode()).isEqualTo(200);
		demo.jdbc()
			.sql("update people.account set locked_until = now() + interval '10 minutes' where id = :id")
			.param("id", teacher)
			.update();

		FormClient principal = new FormClient(port);
		principal.openLogin();
		principal.login("principal", Demo.PASSWORD);
		principal.get("/accounts?text=teacher");
		HttpResponse<String> done = principal.post("/accounts/" + teacher + "/temporary-password", "back=/accounts");
		assertThat(done.statusCode()).isEqualTo(302);
		String page = principal.get("/accounts").body();
		java.util.regex.Matcher shown = java.util.regex.Pattern.compile("id=\"temporary-password\">([^<]+)<")
			.matcher(page);
		assertThat(shown.find()).as("the temporary password is shown").isTrue();
		String temporary = shown.group(1);
		assertThat(principal.get("/accounts").body()).as("shown once").doesNotContain(temporary);

		// the teacher's old session ended; the lock is gone; the temporary password
		// must be changed first
		assertThat(teacherDesk.get("/inbox").statusCode()).isEqualTo(302);
		FormClient again = new FormClient(port);
		again.openLogin();
		HttpResponse<String> signIn = again.login("teacher", temporary);
		assertThat(signIn.headers().firstValue("Location").orElse("")).endsWith("/account/password");

		Map<String, Object> entry = demo.jdbc().sql("""
				select e.after::text as after, e.username as by from audit.entry e
				 where e.entity_type = 'account' and e.entity_id = :id and e.action = 'PASSWORD_RESET'
				 order by e.id desc limit 1""").param("id", String.valueOf(teacher)).query().singleRow();
		assertThat(entry.get("by")).isEqualTo("principal");
		assertThat((String) entry.get("after")).contains("\"temporaryPassword\": true")
			.contains("\"locked\": false")
			.doesNotContain(temporary);
	}

	/**
	 * A student account (not the demo "student") whose class compares with the head
	 * teacher's.
	 */
	private long studentAccount(String classCondition) {
		return demo.jdbc().sql("""
				select a.id from people.account a join people.student s on s.id = a.person_id
				  join people.staff h on h.school_id = s.school_id
				  join people.account ht on ht.person_id = h.id and ht.username = 'headteacher'
				 where a.role = 'STUDENT' and a.username <> 'student' and s.class_id """ + classCondition + """
				  and s.left_on is null and s.graduated_in is null
				order by a.id limit 1""").query(Long.class).single();
	}

	private long id(String username) {
		return demo.jdbc()
			.sql("select id from people.account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	private void keep(long accountId) {
		hashes.put(accountId,
				demo.jdbc()
					.sql("select password_hash from people.account where id = :id")
					.param("id", accountId)
					.query(String.class)
					.single());
	}

}
