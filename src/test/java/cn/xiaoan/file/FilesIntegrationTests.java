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

}
