package cn.xiaoan.support;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.function.Supplier;

import cn.xiaoan.assessment.AddIndicator;
import cn.xiaoan.assessment.AssessmentManagement;
import cn.xiaoan.assessment.DefineScheme;
import cn.xiaoan.assessment.IndicatorKind;
import cn.xiaoan.exchange.ExchangeManagement;
import cn.xiaoan.exchange.PeerDirection;
import cn.xiaoan.exchange.SavePeer;
import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;
import cn.xiaoan.warning.IssueWarning;
import cn.xiaoan.warning.WarningKind;
import cn.xiaoan.warning.WarningLevel;
import cn.xiaoan.warning.WarningManagement;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A city's installation above the demo's county (a {@link SecondInstance}): 梧州市's region
 * tree and one school of its own, and its bureau issuing warnings.
 */
public final class CityInstallation {

	private CityInstallation() {
	}

	/** The regions from the province down to one township, and a school of the city. */
	public static void seed(ConfigurableApplicationContext city) {
		JdbcClient db = city.getBean(JdbcClient.class);
		db.sql("""
				insert into org.region (code, name, level, parent_code) values
				  ('450000', '广西壮族自治区', 'PROVINCE', null), ('450400', '梧州市', 'CITY', '450000'),
				  ('450403', '万秀区', 'COUNTY', '450400'), ('450403001', '城东街道', 'TOWNSHIP', '450403')""").update();
		db.sql("""
				insert into org.school (code, name, type, region_code)
				values ('4504030099', '梧州市直属实验学校', 'JUNIOR', '450403001')""").update();
	}

	/** The city bureau issues a warning to the whole city, its counties included. */
	public static long issueWarning(ConfigurableApplicationContext city, String title) {
		return issueWarning(city, "450400", title);
	}

	/**
	 * The bureau of {@code region} (梧州市 450400, or 广西 450000 on a province's
	 * installation) issues a warning to its whole region.
	 */
	public static long issueWarning(ConfigurableApplicationContext installation, String region, String title) {
		return asBureau(region,
				() -> installation.getBean(WarningManagement.class)
					.issue(new IssueWarning(WarningKind.RAINSTORM, WarningLevel.ORANGE, title, "请各校做好防范",
							"疏通排水沟\n暂停户外活动", LocalDateTime.now().plusDays(2).withNano(0), "", null, null))
					.id());
	}

	/** Runs a call as the administrator of the bureau of {@code region}. */
	public static <T> T asBureau(String region, Supplier<T> call) {
		return as(new CurrentUser(1, "bureau_" + region, "教育局", Role.BUREAU_ADMIN,
				DataScope.region(RegionCode.of(region)), null, false), call);
	}

	/** Runs a call as the installation's system administrator (peers). */
	public static <T> T asAdmin(Supplier<T> call) {
		return as(new CurrentUser(1, "admin", "admin", Role.SYSTEM_ADMIN, DataScope.all(), null, false), call);
	}

	/**
	 * A bureau account of the city (梧州市教育局) with the password of the installation's first
	 * administrator, to sign in on its pages.
	 */
	public static void bureauAccount(ConfigurableApplicationContext city, String username) {
		city.getBean(JdbcClient.class).sql("""
				insert into people.account (username, password_hash, display_name, role, region_code)
				select :u, password_hash, '梧州市教育局', 'BUREAU_ADMIN', '450400' from people.account
				where username = 'admin'""").param("u", username).update();
	}

	/**
	 * The city seeded, with the bureau account {@code wz_admin} signing in with the first
	 * administrator's password, and linked both ways with the demo's county (藤县, on
	 * {@code countyPort}) by {@code secret}: the city sees the county below, the county
	 * the city above.
	 */
	public static void linkedAboveTheCounty(ConfigurableApplicationContext city, Demo demo, ExchangeManagement county,
			int countyPort, String secret) {
		seed(city);
		bureauAccount(city, "wz_admin");
		city.getBean(JdbcClient.class).sql("update people.account set must_change_password = false").update();
		int cityPort = SecondInstance.port(city);
		asAdmin(() -> city.getBean(ExchangeManagement.class)
			.savePeer(new SavePeer("xiaoan", "藤县", "http://localhost:" + countyPort, "450422", PeerDirection.DOWN,
					secret)));
		demo.callAs("admin", () -> county.savePeer(
				new SavePeer("wuzhou", "梧州市", "http://localhost:" + cityPort, "450400", PeerDirection.UP, secret)));
	}

	/**
	 * The city bureau's own assessment scheme of a year: the ledger's rectification rate
	 * (60 points, full at 90%) and on-site inspection (40); answers its id.
	 */
	public static long defineScheme(ConfigurableApplicationContext city, int year) {
		return asBureau(() -> {
			AssessmentManagement schemes = city.getBean(AssessmentManagement.class);
			long id = schemes.define(new DefineScheme("梧州市学校安全工作考核", year));
			schemes.addIndicator(id, new AddIndicator("隐患整改率", IndicatorKind.HAZARD_RECTIFICATION,
					BigDecimal.valueOf(60), BigDecimal.valueOf(90)));
			schemes.addIndicator(id, new AddIndicator("现场督导", IndicatorKind.INSPECTED, BigDecimal.valueOf(40), null));
			return id;
		});
	}

	/** A call as the city bureau's administrator (scope 梧州市). */
	public static <T> T asBureau(Supplier<T> call) {
		return as(new CurrentUser(1, "wz_admin", "梧州市教育局", Role.BUREAU_ADMIN, DataScope.region(RegionCode.of("450400")),
				null, false), call);
	}

	private static <T> T as(CurrentUser user, Supplier<T> call) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(user));
		SecurityContextHolder.setContext(context);
		try {
			return call.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
