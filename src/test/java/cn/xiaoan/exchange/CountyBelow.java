package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.time.ZoneId;

import cn.xiaoan.assessment.AssessmentManagement;
import cn.xiaoan.assessment.AssessmentPeriod;
import cn.xiaoan.assessment.AssessmentScores;
import cn.xiaoan.assessment.SchemeView;
import cn.xiaoan.hazard.HazardGrade;
import cn.xiaoan.hazard.HazardManagement;
import cn.xiaoan.hazard.HazardSource;
import cn.xiaoan.hazard.ReportHazard;
import cn.xiaoan.shared.SafetyCategory;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.SecondInstance;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.SECRET;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.TENGXIAN;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.cityPeer;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * This platform as 藤县's own installation (the demo) below a city's: linking the two,
 * sending up its open hazards and its schools' scores.
 */
final class CountyBelow {

	final Demo demo;

	final Peers peers;

	final ExchangePush push;

	final FirstSync firstSync;

	final SchoolScoresUp scoresUp;

	final AssessmentManagement schemes;

	final AssessmentScores scores;

	final int port;

	private final ApplicationContext here;

	CountyBelow(ApplicationContext here, int port) {
		this.here = here;
		this.demo = here.getBean(Demo.class);
		this.peers = here.getBean(Peers.class);
		this.push = here.getBean(ExchangePush.class);
		this.firstSync = here.getBean(FirstSync.class);
		this.scoresUp = here.getBean(SchoolScoresUp.class);
		this.schemes = here.getBean(AssessmentManagement.class);
		this.scores = here.getBean(AssessmentScores.class);
		this.port = port;
	}

	/**
	 * The city adds 藤县 below under {@code name}, 藤县 adds the city above; answers the
	 * city's peer id here.
	 */
	long linkTo(ConfigurableApplicationContext city, String name) {
		city.getBean(Peers.class)
			.save(new SavePeer("xiaoan", name, "http://localhost:" + port, TENGXIAN, PeerDirection.DOWN, SECRET));
		long up = peers.save(cityPeer("http://localhost:" + SecondInstance.port(city)));
		// as the operator's saving does (ExchangeManagement.savePeer): what is open here
		// goes up once
		peers.wantFirstSync(up);
		return up;
	}

	/** The first full sync done and pushed: the city has 藤县's open hazards. */
	void sendOpenHazards(long up) {
		ExchangeBothWaysIntegrationTests.synced(firstSync, demo.jdbc());
		drain(push, demo.jdbc(), up);
	}

	/** 藤县's schools scored for the period under its copy of the city's scheme. */
	void score(AssessmentPeriod period) {
		long copy = demo.callAs("tx_safety", () -> schemes.schemes())
			.stream()
			.filter(s -> s.regionCode().equals(TENGXIAN))
			.map(SchemeView::id)
			.findFirst()
			.orElseThrow();
		demo.runAs("tx_safety", () -> scores.compute(copy, period, TENGXIAN));
	}

	/** The scores changed since last sent, pushed. */
	void sendScores(long up) {
		scoresUp.sendChanged(up);
		drain(push, demo.jdbc(), up);
	}

	/**
	 * A major hazard of the demo's school listed for 挂牌督办 by 藤县's bureau (through the
	 * hazard API, as its page does), due in ten days; answers its id.
	 */
	long supervisedMajor(MockMvc mvc, String title) throws Exception {
		long school = demo.schoolOf("principal");
		HazardManagement hazards = here.getBean(HazardManagement.class);
		long id = demo.callAs("safety",
				() -> hazards
					.report(new ReportHazard(school, title, title, "", SafetyCategory.BUILDINGS, HazardSource.AD_HOC,
							null, null, HazardGrade.MAJOR))
					.id());
		demo.runAs("safety", () -> {
			hazards.register(id);
			hazards.grade(id, HazardGrade.MAJOR, null);
		});
		mvc.perform(post("/api/v1/hazards/{id}/supervise", id).with(demo.as("tx_safety"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"deadline\":\"" + LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10) + "\"}"))
			.andExpect(status().isOk());
		return id;
	}

	/** A single installation again. */
	void unlink() {
		demo.jdbc().sql("delete from exchange.peer").update();
	}

}
