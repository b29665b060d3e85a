package cn.xiaoan.demo;

import java.util.Map;
import java.util.stream.Collectors;

import cn.xiaoan.org.Divisions;
import cn.xiaoan.org.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's regions are real ones of the national division table. */
class DemoRegionsTests {

	@Test
	void everyDemoTownshipIsARealTownshipOfItsCountyWithItsRealName() {
		Divisions divisions = new Divisions();
		Map<String, String> table = divisions.province("450000", true)
			.stream()
			.collect(Collectors.toMap(Region::code, Region::name));
		divisions.province("530000", true).forEach(r -> table.put(r.code(), r.name()));
		for (DemoRegions.County county : DemoRegions.COUNTIES) {
			assertThat(table).containsEntry(county.code(), county.name());
			assertThat(county.townships()).hasSize(2);
			for (String[] township : county.townships()) {
				assertThat(township[0]).startsWith(county.code());
				assertThat(table).as("township %s", township[0]).containsEntry(township[0], township[1]);
			}
		}
	}

}
