package cn.xiaoan.waters;

import java.util.List;
import java.util.UUID;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.Images;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A water's photos are kept with its township's files, yet whoever may read the water
 * opens them: the file module asks the waters module ({@code AttachedFileReaders}). A
 * school near the water opens the photo; a school of another county is told it does not
 * exist.
 */
@PlatformTest
class WaterPhotosIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Autowired
	WatersManagement waters;

	@Test
	void aSchoolNearTheWaterOpensItsPhotoAndASchoolOfAnotherCountyDoesNot() throws Exception {
		long school = demo.schoolOf("principal");
		String region = demo.jdbc()
			.sql("select region_code from org.school where id = :s")
			.param("s", school)
			.query(String.class)
			.single();
		String township = region.length() == 9 ? region : "450422100";
		long water = demo.callAs("tx_safety", () -> waters
			.register(new RegisterWater(township, "照片测试塘" + System.nanoTime() % 10000, WaterKind.POND, WaterRisk.HIGH,
					"110.93,23.38", "村委", "张三", "", 1, "", List.of(new NearbySchool(school, 300, null, null))))
			.id());
		demo.callAs("tx_safety", () -> {
			waters.addPhoto(water, Images.png(40, 30), "sign.png");
			return null;
		});
		UUID photo = demo.callAs("principal", () -> waters.detail(water)).photos().get(0);

		mvc.perform(get("/files/{id}", photo).with(demo.as("principal"))).andExpect(status().isOk());
		mvc.perform(get("/files/{id}", photo).with(demo.as("teacher"))).andExpect(status().isOk());
		mvc.perform(get("/files/{id}", photo).with(demo.as("principal2"))).andExpect(status().isNotFound());
		mvc.perform(get("/waters/{id}", water).with(demo.as("principal")))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains(photo.toString()));
	}

	@Test
	void aSchoolNotNearTheWaterCannotOpenItsPhoto() throws Exception {
		long water = demo.callAs("tx_safety",
				() -> waters
					.register(new RegisterWater("450422100", "无学校的塘" + System.nanoTime() % 10000, WaterKind.PIT,
							WaterRisk.LOW, "110.93,23.38", "村委", "张三", "", 1, "", List.of()))
					.id());
		demo.callAs("tx_safety", () -> {
			waters.addPhoto(water, Images.png(40, 30), "sign.png");
			return null;
		});
		UUID photo = demo.callAs("tx_safety", () -> waters.detail(water)).photos().get(0);
		mvc.perform(get("/files/{id}", photo).with(demo.as("tx_safety"))).andExpect(status().isOk());
		mvc.perform(get("/files/{id}", photo).with(demo.as("principal"))).andExpect(status().isNotFound());
	}

}
