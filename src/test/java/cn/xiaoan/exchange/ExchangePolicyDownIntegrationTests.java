package cn.xiaoan.exchange;

import java.math.BigDecimal;

import cn.xiaoan.assessment.AddIndicator;
import cn.xiaoan.assessment.AssessmentManagement;
import cn.xiaoan.assessment.DefineScheme;
import cn.xiaoan.assessment.IndicatorKind;
import cn.xiaoan.assessment.SchemeView;
import cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.City;
import cn.xiaoan.platform.EmbeddedServer;
import cn.xiaoan.policy.EffectiveValue;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.support.CityInstallation;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.support.SecondInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.awaitOutbox;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.cityPeer;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.county;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.cut;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.drain;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.pending;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.restore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Policy and assessment schemes down: a value the city bureau (梧州市, its own installation)
 * sets for its region while the link is cut reaches the county (藤县, this platform) when
 * it is back, where 藤县's bureau sees it inherited from 梧州市 and cannot change it; removed
 * above, the national value applies again below; a peer below added later first receives
 * the values along its region.
 */
@PlatformTest
class ExchangePolicyDownIntegrationTests {

	static final PolicySetting SETTING = PolicySetting.VIDEO_RETENTION_MIN_DAYS;

	static final String SCHEME = "联网考核方案" + (System.currentTimeMillis() % 1_000_000);

	@Autowired
	EmbeddedServer database;

	@Autowired
	Demo demo;

	@Autowired
	PolicyManagement policy;

	@Autowired
	AssessmentManagement assessment;

	@Autowired
	Peers peers;

	@Autowired
	ExchangePush push;

	@LocalServerPort
	int port;

	@AfterEach
	void noPeersLeft() {
		demo.jdbc().sql("delete from exchange.peer").update();
		demo.jdbc()
			.sql("delete from policy.override where region_code = '450400' and setting_key like 'VIDEO%'")
			.update();
		for (String table : new String[] { "school_score", "region_score", "interview" }) {
			demo.jdbc()
				.sql("delete from assessment." + table
						+ " where scheme_id in (select id from assessment.scheme where name = :n)")
				.param("n", SCHEME)
				.update();
		}
		demo.jdbc()
			.sql("delete from assessment.indicator where scheme_id in (select id from assessment.scheme where name = :n)")
			.param("n", SCHEME)
			.update();
		demo.jdbc().sql("delete from assessment.scheme where name = :n").param("n", SCHEME).update();
	}

	@Test
	void aCityValueIsInheritedAtTheCountyAndOnlyTheCityChangesIt() throws Exception {
		try (ConfigurableApplicationContext city = SecondInstance.startInstallation(database, "exchange_policy",
				"--xiaoan.exchange.installation=city", "--xiaoan.exchange.push-delay=PT1H")) {
			City above = new City(city);
			long down = CityInstallation.asAdmin(() -> city.getBean(ExchangeManagement.class).savePeer(county(port)));
			peers.save(cityPeer("http://localhost:" + SecondInstance.port(city)));
			String national = ofTengxian().value();

			cut(above, peers);
			CityInstallation.asBureau("450400", () -> city.getBean(PolicyManagement.class)
				.override(SETTING, "450400", "90", "梧州市教育局关于加强校园视频监控的通知"));
			awaitOutbox(above.db, down, 1);
			above.push.push(down);
			assertThat(pending(above.db, down)).isEqualTo(1);
			assertThat(ofTengxian().value()).isEqualTo(national);

			restore(above, peers, port, city);
			drain(above.push, above.db, down);
			EffectiveValue inherited = ofTengxian();
			assertThat(inherited.value()).isEqualTo("90");
			assertThat(inherited.sourceRegion()).as("inherited from the city").isEqualTo("450400");
			assertThat(inherited.legalBasis()).isEqualTo("梧州市教育局关于加强校园视频监控的通知");
			assertThatThrownBy(() -> demo.callAs("tx_admin", () -> policy.override(SETTING, "450400", "30", "县里改")))
				.as("藤县's bureau changes its own region only")
				.isInstanceOf(NotFound.class);

			// removed above: the national value applies again below
			CityInstallation.asBureau("450400", () -> {
				city.getBean(PolicyManagement.class).removeOverride(SETTING, "450400");
				return null;
			});
			awaitOutbox(above.db, down, 2);
			drain(above.push, above.db, down);
			assertThat(ofTengxian().value()).isEqualTo(national);
			assertThat(ofTengxian().national()).isTrue();

			// a peer below added later receives the values along its region once
			CityInstallation.asBureau("450400",
					() -> city.getBean(PolicyManagement.class).override(SETTING, "450400", "60", "梧州市教育局文件"));
			awaitOutbox(above.db, down, 3);
			above.db.sql("delete from exchange.peer where id = :id").param("id", down).update();
			long again = CityInstallation.asAdmin(() -> city.getBean(ExchangeManagement.class).savePeer(county(port)));
			assertThat(pending(above.db, again)).isEqualTo(1);
			drain(above.push, above.db, again);
			assertThat(ofTengxian().value()).isEqualTo("60");

			schemesAreInheritedToo(city, above, again);
		}
	}

	/**
	 * The city's assessment scheme is kept at the county as the city's: 藤县's bureau sees
	 * it inherited and cannot edit it; an indicator added above updates it in place.
	 */
	private void schemesAreInheritedToo(ConfigurableApplicationContext city, City above, long down) {
		AssessmentManagement cityAssessment = city.getBean(AssessmentManagement.class);
		long scheme = CityInstallation.asBureau("450400",
				() -> cityAssessment.define(new DefineScheme(SCHEME, java.time.Year.now().getValue())));
		CityInstallation.asBureau("450400", () -> cityAssessment.addIndicator(scheme, new AddIndicator("隐患整改率",
				IndicatorKind.HAZARD_RECTIFICATION, BigDecimal.valueOf(60), BigDecimal.valueOf(90))));
		awaitOutbox(above.db, down, 3);
		drain(above.push, above.db, down);
		SchemeView inherited = demo.callAs("tx_admin", () -> {
			long id = assessment.schemes().stream().filter(v -> v.name().equals(SCHEME)).findFirst().orElseThrow().id();
			return assessment.scheme(id);
		});
		assertThat(inherited.regionCode()).isEqualTo("450400");
		assertThat(inherited.indicators()).extracting(SchemeView.IndicatorView::name).containsExactly("隐患整改率");
		assertThat(demo.callAs("tx_admin", () -> assessment.owns(inherited))).as("inherited, not 藤县's").isFalse();

		CityInstallation.asBureau("450400", () -> cityAssessment.addIndicator(scheme,
				new AddIndicator("督导检查", IndicatorKind.INSPECTED, BigDecimal.valueOf(40), null)));
		awaitOutbox(above.db, down, 4);
		drain(above.push, above.db, down);
		assertThat(demo.callAs("tx_admin",
				() -> assessment.schemes().stream().filter(v -> v.name().equals(SCHEME)).toList()))
			.hasSize(1);
		assertThat(demo.callAs("tx_admin", () -> assessment.scheme(inherited.id()).indicators()))
			.extracting(SchemeView.IndicatorView::name)
			.containsExactly("隐患整改率", "督导检查");
	}

	/** The value in force for 藤县, as its bureau sees it. */
	private EffectiveValue ofTengxian() {
		return demo
			.callAs("tx_admin",
					() -> policy.effectiveForRegion("450422").stream().filter(v -> v.setting() == SETTING).findFirst())
			.orElseThrow();
	}

}
