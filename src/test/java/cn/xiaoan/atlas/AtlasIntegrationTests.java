package cn.xiaoan.atlas;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.xiaoan.institutions.InstitutionsManagement;
import cn.xiaoan.institutions.RegisterInstitution;
import cn.xiaoan.institutions.Subject;
import cn.xiaoan.people.bulk.PeopleBulkLoad;
import cn.xiaoan.shared.Role;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import cn.xiaoan.surroundings.RegisterVenue;
import cn.xiaoan.surroundings.SurroundingsManagement;
import cn.xiaoan.surroundings.VenueKind;
import cn.xiaoan.waters.RegisterWater;
import cn.xiaoan.waters.WaterKind;
import cn.xiaoan.waters.WaterRisk;
import cn.xiaoan.waters.WatersManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The county map against the demo's real PostgreSQL: each count of its legend equals the
 * rows of the module's list it links to; another county's waters, venues and institutions
 * never appear on it; a teacher and an ungranted partner are refused, a partner granted
 * the surroundings sees that layer only.
 */
@PlatformTest
class AtlasIntegrationTests {

	private static final Pattern COUNT = Pattern.compile("<a[^>]*atlas-count[^>]*>(\\d+)</a>");

	private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	WatersManagement waters;

	@Autowired
	SurroundingsManagement surroundings;

	@Autowired
	InstitutionsManagement institutions;

	@Autowired
	PeopleBulkLoad people;

	@Autowired
	PasswordEncoder encoder;

	String tengWater;

	String cangwuWater;

	String cangwuVenue;

	String cangwuInstitution;

	@BeforeEach
	void features() {
		long n = System.nanoTime() % 100000;
		tengWater = "藤县图层塘" + n;
		cangwuWater = "苍梧图层塘" + n;
		cangwuVenue = "苍梧图层网吧" + n;
		cangwuInstitution = "苍梧图层培训" + n;
		demo.runAs("tx_safety", () -> waters.register(new RegisterWater("450422100", tengWater, WaterKind.POND,
				WaterRisk.HIGH, "110.931,23.381", "村委", "张三", "", 1, "", List.of())));
		demo.runAs("admin", () -> waters.register(new RegisterWater("450421100", cangwuWater, WaterKind.POND,
				WaterRisk.HIGH, "111.25,23.42", "村委", "张三", "", 1, "", List.of())));
		long cangwuSchool = demo.schoolsIn("450421").get(0);
		demo.runAs("admin", () -> surroundings.register(
				new RegisterVenue(cangwuSchool, VenueKind.TRAFFIC, cangwuVenue, "测试路1号", 111.251, 23.421, null, "")));
		demo.runAs("admin", () -> institutions.register(new RegisterInstitution("450421100", cangwuInstitution, "", "",
				"测试路2号", List.of(Subject.ARTS), 50, "张三", "13800000000", 111.252, 23.422)));
		if (!demo.jdbc()
			.sql("select exists (select 1 from people.account where username = 'test_atlas_transport')")
			.query(Boolean.class)
			.single()) {
			people.partnerAccount("test_atlas_transport", "test_atlas_transport", Role.TRANSPORT_LIAISON, "450422",
					encoder.encode(Demo.PASSWORD), "SCHOOL_BASIC,SURROUNDINGS");
		}
	}

	private String page(String user, String path) throws Exception {
		return mvc.perform(get(path).with(demo.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The legend's counts and the lists they link to. */
	private static List<String[]> legend(String html) {
		List<String[]> counts = new ArrayList<>();
		Matcher m = COUNT.matcher(html);
		while (m.find()) {
			Matcher href = HREF.matcher(m.group());
			assertThat(href.find()).isTrue();
			counts.add(new String[] { href.group(1), m.group(1) });
		}
		return counts;
	}

	private static int rows(String html) {
		Matcher m = Pattern.compile("<tr id=\"(water|venue|institution)-\\d+\"").matcher(html);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	@Test
	void eachCountOfTheCountysLegendEqualsTheRowsOfTheListItOpens() throws Exception {
		List<String[]> legend = legend(page("tx_safety", "/map"));
		// four water states, three venue states, five institution states
		assertThat(legend).hasSize(12);
		assertThat(legend).anyMatch(c -> c[0].equals("/waters?state=high") && Integer.parseInt(c[1]) >= 1);
		for (String[] count : legend) {
			String list = page("tx_safety", count[0]);
			assertThat(rows(list)).as(count[0]).isEqualTo(Integer.parseInt(count[1]));
		}
		// without a state (or with one unknown) each list shows all its rows, as before
		for (String list : List.of("/waters", "/surroundings", "/institutions", "/waters?state=HIGH")) {
			page("tx_safety", list);
		}
	}

	@Test
	void anotherCountysFeaturesNeverAppearOnTheCountysMap() throws Exception {
		String teng = page("tx_safety", "/map");
		assertThat(teng).contains(tengWater).doesNotContain(cangwuWater, cangwuVenue, cangwuInstitution);
		String principal = page("principal", "/map");
		assertThat(principal).doesNotContain(cangwuWater, cangwuVenue, cangwuInstitution);
		// the province sees both counties on one map
		String province = page("admin", "/map");
		assertThat(province).contains(tengWater, cangwuWater, cangwuVenue, cangwuInstitution);
	}

	@Test
	void aLayerToggledOffLeavesTheMapButKeepsItsLegend() throws Exception {
		String html = page("tx_safety", "/map?pick=1&layer=institutions");
		assertThat(html).doesNotContain(tengWater).contains("id=\"legend-waters\"");
	}

	@Test
	void aTeacherAndAnUngrantedPartnerAreRefusedAndAGrantedPartnerSeesOnlyItsLayer() throws Exception {
		mvc.perform(get("/map").with(demo.as("teacher"))).andExpect(status().isForbidden());
		mvc.perform(get("/map").with(demo.as("police"))).andExpect(status().isForbidden());
		String partner = page("test_atlas_transport", "/map");
		assertThat(partner).contains("id=\"legend-surroundings\"")
			.doesNotContain("id=\"legend-waters\"", "id=\"legend-institutions\"", tengWater);
	}

}
