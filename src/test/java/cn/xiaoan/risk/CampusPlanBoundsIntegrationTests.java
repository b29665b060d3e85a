package cn.xiaoan.risk;

import java.time.Duration;

import cn.xiaoan.support.Demo;
import cn.xiaoan.support.Images;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A campus plan's size is checked from its header before any pixel is decoded: a 1 MB PNG
 * of 16000×16000 pixels once took 49.6 s and 1.4 GB of heap.
 */
@PlatformTest
class CampusPlanBoundsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Demo demo;

	@Test
	void aSixteenThousandPixelPlanIsRefusedInUnderTwoSecondsWithAFormMessage() throws Exception {
		long school = demo.schoolOf("principal");
		byte[] huge = Images.blackPng(16_000, 16_000);
		assertThat(huge.length).isLessThan(CampusPlan.MAX_BYTES);
		String mapPage = "/schools/" + school + "/risk-map";
		long start = System.nanoTime();
		MvcResult refused = mvc
			.perform(multipart("/schools/{id}/risk-map", school)
				.file(new MockMultipartFile("file", "plan.png", "image/png", huge))
				.with(demo.as("principal"))
				.with(csrf())
				.header("Referer", "http://localhost" + mapPage))
			.andExpect(redirectedUrl(mapPage))
			.andReturn();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
		String page = mvc
			.perform(cn.xiaoan.support.RefusedForms.withFlashOf(refused, get(mapPage).with(demo.as("principal"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("平面图尺寸过大");
	}

	@Test
	void aLargeAllowedPlanIsStoredAtMostFourThousandPixelsWide() {
		CampusPlan plan = CampusPlan.of(Images.blackPng(10_000, 4_000));
		assertThat(plan.width()).isEqualTo(CampusPlan.MAX_SIDE);
		assertThat(plan.height()).isEqualTo(1638);
	}

}
