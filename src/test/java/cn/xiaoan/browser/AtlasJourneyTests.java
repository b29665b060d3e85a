package cn.xiaoan.browser;

import java.util.List;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The county's one map, at phone and desktop size: reached from the menu, the names of
 * waters, venues, institutions and schools drawn on it never overlap, a tap on a feature
 * names it with a link, a legend count opens the list it counts, and a layer unticked
 * leaves the map.
 */
@PlatformTest
class AtlasJourneyTests {

	@LocalServerPort
	int port;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	/**
	 * Pairs of placed names whose boxes on the screen intersect (a name shown on hover or
	 * tap is drawn over the map on purpose and not counted).
	 */
	private static final String OVERLAPS = """
			var boxes = Array.from(document.querySelectorAll('#atlas-svg .xa-label:not(.xa-hidden-label)'))
			  .filter(function (t) { return getComputedStyle(t).display !== 'none'; })
			  .map(function (t) { var r = t.getBoundingClientRect(); return { n: t.textContent, r: r }; });
			var out = [];
			for (var i = 0; i < boxes.length; i++) { for (var j = i + 1; j < boxes.length; j++) {
			  var a = boxes[i].r, b = boxes[j].r;
			  if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
			    out.push(boxes[i].n + ' / ' + boxes[j].n + ' ' + JSON.stringify([a.left,a.top,a.right,a.bottom,b.left,b.top,b.right,b.bottom])); } } }
			return out;""";

	@Test
	void theCountySeesItsWatersVenuesAndInstitutionsOnOneMap() throws Exception {
		for (int[] size : new int[][] { { 390, 844 }, { 1366, 900 } }) {
			String kind = size[0] < 500 ? "phone" : "desktop";
			try (Browser b = new Browser(port, size[0], size[1])) {
				b.login("tx_safety", Demo.PASSWORD);
				b.menu("/map");
				b.find("#atlas-svg");
				b.screenshot("atlas-map-" + kind);
				@SuppressWarnings("unchecked")
				List<String> overlaps = (List<String>) b.driver.executeScript(OVERLAPS);
				assertThat(overlaps).isEmpty();
				assertThat(b.find("#legend-waters").getText()).contains("重点水域");
				assertThat(b.find("#legend-surroundings").getText()).contains("学校周边风险场所");
				assertThat(b.find("#legend-institutions").getText()).contains("校外培训机构");
				b.scrollTo("#legend-institutions");
				b.screenshot("atlas-legend-" + kind);
				// a tap names the feature and links to it
				b.driver.executeScript(
						"document.querySelector('#atlas-svg .atlas-feature[data-layer=institutions] a').dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}));");
				assertThat(b.find("#atlas-info").getText()).contains("培训");
				assertThat(b.find("#atlas-open").getAttribute("href")).contains("/institutions/");
				b.scrollTo("#atlas-info");
				b.screenshot("atlas-tap-" + kind);
				// unticking the waters takes them off the map
				b.click("#layer-waters");
				b.waitFor(d -> d.getCurrentUrl().contains("pick=1"));
				assertThat(b.find("#layer-waters").isSelected()).isFalse();
				assertThat(
						b.driver.findElements(org.openqa.selenium.By.cssSelector(".atlas-feature[data-layer=waters]")))
					.isEmpty();
				b.screenshot("atlas-no-waters-" + kind);
				// a legend count opens the list it counts
				String count = b.find("#legend-institutions a[data-state=white]").getText();
				b.submit("#legend-institutions a[data-state=white]");
				assertThat(b.find("#state-filter").getText()).contains("白名单");
				assertThat(
						b.driver.findElements(org.openqa.selenium.By.cssSelector("#institutions-table tbody tr[id]")))
					.hasSize(Integer.parseInt(count));
			}
		}
	}

}
