package cn.xiaoan.file;

import javax.imageio.ImageIO;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.Images;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlatformTest
class FilesIntegrationTests {

	@Autowired
	Files files;

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	@Test
	void aPhotoIsReencodedShrunkAndServedOnlyWithinScope() throws Exception {
		long school = demo.schoolOf("principal");
		String region = demo.jdbc()
			.sql("select region_code from org.school where id = :s")
			.param("s", school)
			.query(String.class)
			.single();
		StoredFile stored = demo.callAs("principal",
				() -> files.storePhoto("photo", Images.png(3000, 1000), "现场.png", school, region));
		assertThat(stored.contentType()).isEqualTo("image/png");
		byte[] served = mvc.perform(get("/files/{id}", stored.id()).with(demo.as("tx_safety")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(ImageIO.read(new java.io.ByteArrayInputStream(served)).getWidth()).isEqualTo(2048);
		mvc.perform(get("/files/{id}", stored.id()).with(demo.as("principal2"))).andExpect(status().isNotFound());
		mvc.perform(get("/files/{id}", stored.id()).with(demo.as("sz_admin"))).andExpect(status().isNotFound());
	}

	@Test
	void somethingThatIsNotAPictureIsRefusedWhateverItsName() {
		assertThatThrownBy(() -> demo.callAs("principal",
				() -> files.storePhoto("photo", "<script>alert(1)</script>".getBytes(), "x.png", 1L, "450422")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.fieldErrors()).containsEntry("photo", "file.notimage"));
		byte[] truncated = java.util.Arrays.copyOf(Images.png(50, 50), 40);
		assertThatThrownBy(
				() -> demo.callAs("principal", () -> files.storePhoto("photo", truncated, "x.png", 1L, "450422")))
			.isInstanceOf(BusinessRuleViolation.class);
	}

	@Test
	void aPictureOfSixteenThousandPixelsASideIsRefusedFromItsHeaderInUnderTwoSeconds() {
		byte[] huge = Images.blackPng(16_000, 16_000);
		assertThat(huge.length).isLessThan(Files.MAX_BYTES);
		long start = System.nanoTime();
		assertThatThrownBy(() -> demo.callAs("principal",
				() -> files.storePhoto("photo", huge, "plan.png", demo.schoolOf("principal"), "450403")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.fieldErrors()).containsEntry("photo", "file.image.toolarge"));
		assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(2));
	}

	@Test
	void aLargeAllowedPictureIsDecodedSubsampledAndStoredShrunk() {
		long school = demo.schoolOf("principal");
		StoredFile stored = demo.callAs("principal",
				() -> files.storePhoto("photo", Images.blackPng(9000, 5000), "大图.png", school, "450403"));
		java.awt.image.BufferedImage image = demo.callAs("principal", () -> {
			try {
				return ImageIO.read(new java.io.ByteArrayInputStream(files.read(stored.id()).bytes()));
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		assertThat(image.getWidth()).isEqualTo(2048);
	}

}
