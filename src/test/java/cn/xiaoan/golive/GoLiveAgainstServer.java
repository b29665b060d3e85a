package cn.xiaoan.golive;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The go-live journey against a running installation — CI's packaged jar on a PostgreSQL
 * server ({@code .ci/run}):
 * {@code ./mvnw surefire:test -Dtest=GoLiveAgainstServer -Dxiaoan.journey.url=… -Dxiaoan.journey.admin-password=…}.
 * Not part of the ordinary suite (the name does not end in Tests).
 */
class GoLiveAgainstServer {

	@Test
	void theRunningInstallationGoesLiveThroughTheApi() throws Exception {
		String url = System.getProperty("xiaoan.journey.url");
		assertThat(url).as("-Dxiaoan.journey.url of a running installation").isNotBlank();
		new GoLiveJourney(url, System.getProperty("xiaoan.journey.admin-password")).run();
	}

}
