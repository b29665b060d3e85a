package cn.xiaoan.notification;

import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page knows the reader's unread count (a badge on 消息); opening a message marks it
 * read, "全部标为已读" marks them all, and the API does the same.
 */
@PlatformTest
class InboxReadStateIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Autowired
	Notifications notifications;

	@Test
	void openingAMessageMarksItReadAndTheCountFollowsOnEveryPage() throws Exception {
		String reader = "lx_safety";
		demo.runAs(reader, notifications::markAllRead);
		long account = accountId(reader);
		notifications.toAccounts(List.of(account), "notify.homework.reminder", "/inbox", "防溺水", "12-01");
		notifications.toAccounts(List.of(account), "notify.homework.reminder", "/hazards", "防火", "12-02");
		List<Long> ids = demo.callAs(reader, () -> notifications.inbox().stream().map(InboxMessage::id).toList());

		mvc.perform(get("/").with(demo.as(reader)))
			.andExpect(model().attribute("unreadMessages", 2L))
			.andExpect(content().string(containsString("xa-nav-badge")));
		mvc.perform(get("/inbox").with(demo.as(reader)))
			.andExpect(content().string(containsString("id=\"message-" + ids.get(0) + "\"")))
			.andExpect(content().string(containsString("xa-unread-dot")));

		mvc.perform(get("/inbox/{id}", ids.get(0)).with(demo.as(reader))).andExpect(redirectedUrl("/hazards"));
		assertThat(demo.callAs(reader, notifications::unreadCount)).isEqualTo(1);
		assertThat(demo.callAs(reader, notifications::inbox)).filteredOn(m -> m.id() == ids.get(0))
			.singleElement()
			.extracting(InboxMessage::read)
			.isEqualTo(true);

		mvc.perform(get("/api/v1/inbox/unread").with(demo.as(reader))).andExpect(jsonPath("$.unread").value(1));
		mvc.perform(post("/api/v1/inbox/read").with(demo.as(reader)).with(csrf()))
			.andExpect(jsonPath("$.unread").value(0));
		mvc.perform(get("/").with(demo.as(reader)))
			.andExpect(model().attribute("unreadMessages", 0L))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("xa-nav-badge"))));
	}

	@Test
	void anotherReadersMessageIsNotFound() throws Exception {
		notifications.toAccounts(List.of(accountId("cx_safety")), "notify.homework.reminder", "/inbox", "防溺水", "12-01");
		long theirs = demo.callAs("cx_safety", () -> notifications.inbox().get(0).id());
		mvc.perform(get("/inbox/{id}", theirs).with(demo.as("lx_safety"))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/inbox/{id}/read", theirs).with(demo.as("lx_safety")).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(demo.callAs("cx_safety", notifications::inbox)).filteredOn(m -> m.id() == theirs)
			.singleElement()
			.extracting(InboxMessage::read)
			.isEqualTo(false);
	}

	@Test
	void noUnreadCountWithoutASignedInCaller() throws Exception {
		mvc.perform(get("/login")).andExpect(model().attribute("unreadMessages", nullValue()));
	}

	private long accountId(String username) {
		return demo.jdbc()
			.sql("select id from people.account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

}
