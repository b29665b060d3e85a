package cn.xiaoan.exchange;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.Rates;
import cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.City;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.FormClient;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.TENGXIAN;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.cut;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.pending;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.restore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A city bureau's one-click reminder reaches the schools behind on the county's own
 * installation (ADR 0084): 梧州市's campaign goes down to 藤县 (this platform, the demo), the
 * city clicks 提醒 while the link is cut, and when it is back 藤县 reminds its schools behind
 * once, as its own click would — a replay, an older copy and 藤县's own click within the
 * cooldown remind nobody again; another city's bureau can neither remind nor read through
 * the link; above, the list of those not finished names the schools below, never a pupil,
 * and nothing of a pupil goes up.
 */
@PlatformTest
class ExchangeCampaignRemindersBelowIntegrationTests extends CampaignRemindersBelowFixture {

	static final String RUN = "联网提醒" + (System.currentTimeMillis() % 1_000_000) + "：";

	@Override
	String run() {
		return RUN;
	}

	@Test
	void aCityReminderReachesTheSchoolsBehindOnTheCountyPlatformOnce() throws Exception {
		Link link = linked();
		City above = link.above();
		Both both = issuedAndCounted(link, "防溺水专题教育");
		Campaign issued = both.issued();
		Campaign here = both.here();
		int behindHere = below.demo
			.callAs("tx_safety", () -> below.education.reminderStatus(here.id(), "R:" + TENGXIAN))
			.pending();
		assertThat(behindHere).as("藤县's targeted schools, none finished").isPositive();
		Rates.ReminderStatus offered = CityInstallation
			.asBureau(() -> atCity().reminderStatus(issued.id(), "R:450400"));
		assertThat(offered.pendingBelow()).as("the city's button counts 藤县's schools behind").isEqualTo(behindHere);

		// the link is cut: the city clicks, the ask waits in its outbox
		cut(above, peers);
		Rates.Reminded reminded = CityInstallation.asBureau(() -> atCity().remind(issued.id(), "R:450400", false));
		assertThat(reminded.here()).as("the city's own school is not targeted (no classes)").isZero();
		assertThat(reminded.askedBelow()).isEqualTo(behindHere);
		assertThat(reminded.sourcesBelow()).containsExactly("藤县");
		assertThat(above.db.sql("""
				select recipients || '/' || asked_below || '/' || asked_below_from from education.reminder_log
				where campaign_id = :c""").param("c", issued.id()).query(String.class).list())
			.as("the city's log says what was asked below")
			.containsExactly("0/" + behindHere + "/藤县");
		awaitKind(above.db, link.down(), CampaignRemindersFromAbove.REMINDED, 1);
		above.push.push(link.down());
		assertThat(pending(above.db, link.down())).isOne();
		assertThat(told(here)).as("nothing below while cut").isZero();
		Rates.ReminderStatus held = CityInstallation.asBureau(() -> atCity().reminderStatus(issued.id(), "R:450400"));
		assertThat(held.pendingBelow()).as("held back as a reminder here is").isZero();
		assertThat(held.lastAskedBelow()).isEqualTo(behindHere);
		assertThatThrownBy(() -> CityInstallation.asBureau(() -> atCity().remind(issued.id(), "R:450400", false)))
			.isInstanceOf(BusinessRuleViolation.class);

		// back: 藤县 reminds each of its schools behind once, as its own click does
		restore(above, peers, port, city);
		drain(above.push, above.db, link.down());
		await().atMost(Duration.ofSeconds(30)).until(() -> told(here) == behindHere);
		long school = below.demo.schoolOf("principal");
		assertThat(toldSchool(here, school)).as("the demo school's principal and safety officer, once").isOne();
		assertThat(claimed(here)).isEqualTo(behindHere);
		assertThat(below.demo.jdbc()
			.sql("select sent_by_name from education.reminder_log where campaign_id = :c")
			.param("c", here.id())
			.query(String.class)
			.list()).as("logged below under the installation above").containsExactly("梧州市");

		// a replay and a copy under a new sequence remind nobody again
		above.db.sql("update exchange.outbox set sent_at = null where peer_id = :p and kind = :k")
			.param("p", link.down())
			.param("k", CampaignRemindersFromAbove.REMINDED)
			.update();
		copyUnderANewSequence(above.db, link.down());
		drain(above.push, above.db, link.down());
		// 藤县's own click within the cooldown reminds nobody either
		assertThatThrownBy(
				() -> below.demo.callAs("tx_safety", () -> below.education.remindBehind(here.id(), "R:" + TENGXIAN)))
			.isInstanceOf(BusinessRuleViolation.class);
		Thread.sleep(500);
		assertThat(told(here)).isEqualTo(behindHere);
		assertThat(logged(here)).isOne();

		// after the cooldown, an older copy arriving late still reminds nobody; a new
		// click of the city does, once more
		below.demo.jdbc()
			.sql("update education.school_reminder set reminded_at = reminded_at - interval '3 days' where campaign_id = :c")
			.param("c", here.id())
			.update();
		above.db.sql("update education.reminder_log set sent_at = sent_at - interval '3 days' where campaign_id = :c")
			.param("c", issued.id())
			.update();
		copyUnderANewSequence(above.db, link.down());
		drain(above.push, above.db, link.down());
		assertThat(logged(here)).as("older than the last applied").isOne();
		Rates.Reminded again = CityInstallation.asBureau(() -> atCity().remind(issued.id(), "R:450400", false));
		assertThat(again.askedBelow()).isEqualTo(behindHere);
		awaitKind(above.db, link.down(), CampaignRemindersFromAbove.REMINDED, 4);
		drain(above.push, above.db, link.down());
		await().atMost(Duration.ofSeconds(30)).until(() -> told(here) == 2 * behindHere);
		assertThat(logged(here)).isEqualTo(2);
	}

	@Test
	void anotherCitysBureauCannotRemindThroughTheLink() throws Exception {
		Link link = linked();
		Both both = issuedAndCounted(link, "防欺凌专题教育");
		Campaign issued = both.issued();
		Campaign here = both.here();
		int before = outboxOf(link.above().db, link.down(), CampaignRemindersFromAbove.REMINDED);

		assertThatThrownBy(
				() -> CityInstallation.asBureau("450300", () -> atCity().remind(issued.id(), "R:450400", false)))
			.isInstanceOfAny(AccessDenied.class, NotFound.class);
		assertThatThrownBy(
				() -> CityInstallation.asBureau("450300", () -> atCity().remind(issued.id(), "R:450300", true)))
			.isInstanceOfAny(AccessDenied.class, NotFound.class);
		assertThatThrownBy(
				() -> CityInstallation.asBureau("450300", () -> atCity().nonCompletersBelow(issued.id(), "R:450400")))
			.isInstanceOfAny(AccessDenied.class, NotFound.class);
		// a school below cannot remind its county's schools, nor a county bureau the
		// city's
		assertThatThrownBy(
				() -> below.demo.callAs("principal", () -> below.education.remindBehind(here.id(), "R:" + TENGXIAN)))
			.isInstanceOf(AccessDenied.class);
		Thread.sleep(300);
		assertThat(outboxOf(link.above().db, link.down(), CampaignRemindersFromAbove.REMINDED)).as("nothing goes down")
			.isEqualTo(before);

		// below, a reminder for a region outside the peer above is parked, not applied
		Peers.Peer cityAbove = peers.byId(link.up()).orElseThrow();
		CampaignRemindersFromAbove applier = context.getBean(CampaignRemindersFromAbove.class);
		ObjectMapper json = context.getBean(ObjectMapper.class);
		assertThat(applier.apply(cityAbove, CampaignRemindersFromAbove.REMINDED,
				json.readTree("{\"campaignId\":" + issued.id() + ",\"regionCode\":\"450300\",\"onlyUnassigned\":false,"
						+ "\"at\":\"" + java.time.Instant.now() + "\"}")))
			.isFalse();
		assertThat(logged(here)).isZero();
	}

	@Test
	void theNonCompletersAboveAreSchoolsNotPupils() throws Exception {
		Link link = linked();
		Both both = issuedAndCounted(link, "防火专题教育");
		Campaign issued = both.issued();
		Campaign here = both.here();
		below.doneByTheStudent(here);
		below.settle(here.id());
		below.countsUp.sendChanged(link.up());
		drain(push, below.demo.jdbc(), link.up());

		List<Rates.SchoolBehindBelow> schools = CityInstallation
			.asBureau(() -> atCity().nonCompletersBelow(issued.id(), "R:450400"));
		assertThat(schools).isNotEmpty().allSatisfy(s -> {
			assertThat(s.source()).isEqualTo("藤县");
			assertThat(s.county()).isEqualTo("藤县");
			assertThat(s.notCompleted()).isPositive();
		});
		assertThat(CityInstallation.asBureau(() -> atCity().nonCompleters(issued.id(), "R:450400")))
			.as("no pupil of a school below")
			.isEmpty();
		// the figures agree with the rates table: 藤县's row, and each school's row
		Rates county = CampaignsDown.cityRates(city, issued.id(), "R:" + TENGXIAN).self();
		assertThat(schools.stream().mapToInt(Rates.SchoolBehindBelow::assigned).sum())
			.as("every school of 藤县 is behind")
			.isEqualTo(county.assigned());
		assertThat(schools.stream().mapToInt(Rates.SchoolBehindBelow::completed).sum()).isEqualTo(county.completed())
			.isPositive();
		String township = below.demo.jdbc()
			.sql("select region_code from org.school where id = :s")
			.param("s", below.demo.schoolOf("principal"))
			.query(String.class)
			.single();
		List<Rates> rows = CampaignsDown.cityRates(city, issued.id(), "R:" + township)
			.children()
			.stream()
			.filter(r -> r.unit().startsWith("E:") && r.completed() < r.assigned())
			.toList();
		assertThat(rows).as("the schools of the demo school's township, one row each").isNotEmpty();
		for (Rates row : rows) {
			Rates.SchoolBehindBelow listed = schools.stream()
				.filter(s -> s.name().equals(row.name()))
				.findFirst()
				.orElseThrow();
			assertThat(List.of(listed.assigned(), listed.completed())).as(row.name())
				.isEqualTo(List.of(row.assigned(), row.completed()));
		}

		// the page and its export say so, and name no pupil
		String pupil = below.demo.jdbc().sql("""
				select s.name from people.student s join people.account a on a.person_id = s.id
				where a.username = 'student'""").query(String.class).single();
		FormClient bureau = new FormClient(SecondInstance.port(city)).openLogin();
		bureau.login("wz_admin", PASSWORD);
		String page = bureau.get("/campaigns/" + issued.id() + "?unit=R:450400").body();
		assertThat(page).contains("名单保存在下级平台", "noncompleter-below-table", "来源").doesNotContain(pupil);
		byte[] xlsx = bureau.bytes("/campaigns/" + issued.id() + "/noncompleters?unit=R:450400");
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
				var sheet = workbook.getFirstSheet().openStream()) {
			List<Row> all = sheet.toList();
			assertThat(all.get(0).getCellText(2)).isEqualTo("来源");
			assertThat(all).hasSize(schools.size() + 1);
			assertThat(all.get(1).getCellText(2)).isEqualTo("藤县平台");
			assertThat(all.stream().flatMap(r -> r.stream().map(c -> c == null ? "" : c.getText())))
				.doesNotContain(pupil);
		}

		// nothing of a pupil in anything that went up
		List<String> up = below.demo.jdbc()
			.sql("select body::text from exchange.outbox where peer_id = :p")
			.param("p", link.up())
			.query(String.class)
			.list();
		String number = below.demo.jdbc().sql("""
				select s.student_no from people.student s join people.account a on a.person_id = s.id
				where a.username = 'student'""").query(String.class).single();
		assertThat(up).isNotEmpty()
			.noneMatch(body -> body.contains(pupil) || (number.length() >= 6 && body.contains(number))
					|| body.contains("studentId") || body.contains("studentNo"));
	}

}
