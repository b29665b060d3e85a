package cn.xiaoan.shared;

import org.junit.jupiter.api.Test;

import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout's model (menu, badges, unread count) is added for pages only, after the
 * handler: an API call's answer is the response body (no view), and a redirect must not
 * carry the model into its URL.
 */
class PageRequestsTests {

	@Test
	void anApiAnswerRendersNoPage() {
		assertThat(PageRequests.rendersPage(null)).isFalse();
		assertThat(PageRequests.rendersPage(new ModelAndView())).as("neither a view nor a view name").isFalse();
	}

	@Test
	void aRedirectOrAForwardRendersNoPage() {
		assertThat(PageRequests.rendersPage(new ModelAndView("redirect:/hazards"))).isFalse();
		assertThat(PageRequests.rendersPage(new ModelAndView("forward:/login"))).isFalse();
		assertThat(PageRequests.rendersPage(new ModelAndView(new RedirectView("/hazards")))).isFalse();
	}

	@Test
	void aViewNameOrAFragmentIsAPage() {
		assertThat(PageRequests.rendersPage(new ModelAndView("home"))).isTrue();
		assertThat(PageRequests.rendersPage(new ModelAndView("hazard/ledger :: rows"))).isTrue();
	}

}
