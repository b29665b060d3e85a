package cn.xiaoan.exchange;

import cn.xiaoan.browser.Browser;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.beans.factory.annotation.Autowired;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The set-up of the journeys of a campaign sent down from 梧州市's installation, in
 * Chromium: the city's installation linked above the county with {@link #SECRET}, its
 * administrator signing in with {@link #CITY_ADMIN_PASSWORD}.
 */
abstract class CampaignJourneyFixture extends CampaignsDownFixture {

	static final String SECRET = "journey-secret-of-two-bureaus";

	static final String CITY_ADMIN_PASSWORD = "Journey-Admin-2026";

	@Autowired
	ExchangeManagement exchange;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

}
