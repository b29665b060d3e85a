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
 * The county's map of waters and schools, at phone and desktop size: the names of close
 * waters and schools, as the browser draws them, never overlap; the key patrol dates page
 * shows the dates a bureau set.
 */
@PlatformTest
class WatersMapJourneyTests {

	@LocalServerPort
	int port;

	@BeforeAll
	static void chromiumIsInstalled() {
		assumeTrue(Browser.available(), "Debian chromium and chromium-driver are needed");
	}

	/** Pairs of drawn names whose boxes on the screen intersect. */
	private static final String OVERLAPS = """
			var boxes = Array.from(document.querySelectorAll('#waters-svg .xa-label'))
			  .filter(function (t) { return getComputedStyle(t).display !== 'none'; })
			  .map(function (t) { var r = t.getBoundingClientRect(); return { n: t.textContent, r: r }; });
			var out = [];
			for (var i = 0; i < boxes.length; i++) { for (var j = i + 1; j < boxes.length; j++) {
			  var a = boxes[i].r, b = boxes[j].r;
			  if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
			    out.push(boxes[i].n + ' / ' + boxes[j].n); } } }
			return out;""";

	@Test
	void theNamesOnTheCountyMapDoNotOverlapOnAPhoneOrADesktop() throws Exception {
		for (int[] size : new int[][] { { 390, 844 }, { 1366, 900 } }) {
			try (Browser b = new Browser(port, size[0], size[1])) {
				b.login("tx_safety", Demo.PASSWORD);
				b.open("/waters/map");
				String kind = size[0] < 500 ? "phone" : "desktop";
				b.scrollTo("#waters-svg");
				b.screenshot("waters-map-labels-" + kind);
				@SuppressWarnings("unchecked")
				List<String> overlaps = (List<String>) b.driver.executeScript(OVERLAPS);
				assertThat(overlaps).isEmpty();
				assertThat(b.find("#waters-svg").getText()).contains("北流河藤州镇段");
				b.open("/waters/dates");
				assertThat(b.find("#patrol-dates").getText()).contains("汛期防溺水重点巡查周");
				b.screenshot("waters-dates-" + kind);
			}
		}
	}

}
