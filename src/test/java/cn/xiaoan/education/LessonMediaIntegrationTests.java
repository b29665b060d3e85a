package cn.xiaoan.education;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lesson pictures ship with the lessons; bureaus add videos for the schools below them.
 */
@PlatformTest
class LessonMediaIntegrationTests {

	@Autowired
	EducationManagement education;

	@Autowired
	Demo demo;

	@Autowired
	MockMvc mvc;

	static byte[] mp4(int size) {
		byte[] bytes = new byte[size];
		Arrays.fill(bytes, (byte) 7);
		System.arraycopy(new byte[] { 0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm' }, 0, bytes, 0, 12);
		return bytes;
	}

	@Test
	void everyoneSeesTheShippedIllustrationOfALesson() throws Exception {
		assertThat(demo.callAs("student", () -> education.media("DROWNING"))).anySatisfy(m -> {
			assertThat(m.kind()).isEqualTo(LessonMedia.Kind.IMAGE);
			assertThat(m.url()).isEqualTo("/education/media/drowning-six-rules.svg");
		});
		byte[] svg = mvc.perform(get("/education/media/drowning-six-rules.svg").with(demo.as("student")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(svg, StandardCharsets.UTF_8)).contains("不私自下水");
	}

	@Test
	void aCountyVideoReachesItsStudentsOnlyAndStreamsInRanges() throws Exception {
		mvc.perform(multipart("/lessons/EARTHQUAKE/media")
			.file(new MockMultipartFile("video", "drill.mp4", "video/mp4", mp4(4096)))
			.param("title", "藤县地震疏散演练实录")
			.with(demo.as("tx_admin"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		LessonMedia video = demo.callAs("student", () -> education.media("EARTHQUAKE"))
			.stream()
			.filter(m -> m.kind() == LessonMedia.Kind.VIDEO)
			.findFirst()
			.orElseThrow();
		assertThat(video.title()).isEqualTo("藤县地震疏散演练实录");
		mvc.perform(get(video.url()).header("Range", "bytes=0-99").with(demo.as("student")))
			.andExpect(status().isPartialContent())
			.andExpect(header().string("Content-Range", "bytes 0-99/4096"));
		assertThat(demo.callAs("principal2", () -> education.media("EARTHQUAKE")))
			.noneMatch(m -> m.kind() == LessonMedia.Kind.VIDEO);
		mvc.perform(get(video.url()).with(demo.as("principal2"))).andExpect(status().isNotFound());
		assertThat(demo.callAs("wz_admin", () -> education.media("EARTHQUAKE")))
			.as("the city sees what its county added")
			.anyMatch(m -> m.id() == video.id());
		assertThatThrownBy(() -> demo.runAs("sz_admin", () -> education.removeMedia(video.id())))
			.isInstanceOf(AccessDenied.class);
		demo.runAs("tx_admin", () -> education.removeMedia(video.id()));
		assertThat(demo.callAs("student", () -> education.media("EARTHQUAKE"))).noneMatch(m -> m.id() == video.id());
	}

	@Test
	void onlyHttpsLinksAndRealVideosFromBureausAreAccepted() {
		assertThatThrownBy(
				() -> demo.callAs("tx_admin", () -> education.addMediaLink("FIRE", "坏链接", "javascript:alert(1)")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.fieldErrors()).containsEntry("url", "media.url.invalid"));
		ByteArrayResource text = new ByteArrayResource("not a video at all".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(
				() -> demo.callAs("tx_admin", () -> education.addMediaVideo("FIRE", "假视频", text, 18, "x.mp4")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.fieldErrors()).containsEntry("video", "file.notvideo"));
		assertThatThrownBy(() -> demo.callAs("principal",
				() -> education.addMediaLink("FIRE", "学校不能加", "https://example.org/v.mp4")))
			.isInstanceOf(AccessDenied.class);
		LessonMedia link = demo.callAs("tx_admin",
				() -> education.addMediaLink("FIRE", "消防安全公开课", "https://video.example.org/fire-safety"));
		assertThat(demo.callAs("parent", () -> education.media("FIRE"))).anyMatch(m -> m.id() == link.id());
	}

}
