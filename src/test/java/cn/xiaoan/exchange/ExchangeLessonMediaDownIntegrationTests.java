package cn.xiaoan.exchange;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.education.Campaign;
import cn.xiaoan.education.CampaignFromAbove;
import cn.xiaoan.education.CampaignRelay;
import cn.xiaoan.education.EducationManagement;
import cn.xiaoan.education.IssueCampaign;
import cn.xiaoan.education.LessonMedia;
import cn.xiaoan.education.lesson.LessonMediaRelay;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.MockMvc;

import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.TENGXIAN;
import static cn.xiaoan.exchange.ExchangeBothWaysIntegrationTests.cityPeer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The videos and links a bureau added to a lesson travel down with its campaign (四级联网):
 * the county's students see them as the city's students do, marked as sent down by the
 * city's platform, read-only for the county's bureau; a resent envelope, or a second
 * campaign of the same lesson, keeps them once; a video larger than the exchange's
 * attachment size is named instead of sent. One installation plays both ends: the
 * envelope the city's campaign makes is applied as if it came from the city's platform.
 */
@PlatformTest
class ExchangeLessonMediaDownIntegrationTests {

	static final String RUN = "下发视频" + (System.currentTimeMillis() % 1_000_000) + "：";

	@Autowired
	Demo demo;

	@Autowired
	EducationManagement education;

	@Autowired
	CampaignRelay relay;

	@Autowired
	CampaignsFromAbove campaigns;

	@Autowired
	LessonMediaRelay mediaRelay;

	@Autowired
	Peers peers;

	@Autowired
	ObjectMapper json;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void cleanUp() {
		demo.jdbc().sql("delete from exchange.peer").update();
		demo.jdbc().sql("delete from education.lesson_media where title like :t").param("t", RUN + "%").update();
		new CampaignsDown(context).remove(RUN);
	}

	@Test
	void theCitysLessonVideosAndLinksReachTheCountysStudentsOnceAndReadOnly() throws Exception {
		byte[] clip = mp4(2048);
		LessonMedia video = demo.callAs("wz_admin", () -> education.addMediaVideo("TRAFFIC", RUN + "过马路示范",
				new ByteArrayResource(clip), clip.length, "crossing.mp4"));
		LessonMedia link = demo.callAs("wz_admin",
				() -> education.addMediaLink("TRAFFIC", RUN + "交通安全公开课", "https://video.example.org/traffic"));
		Campaign campaign = demo.callAs("wz_admin", () -> education.issue(new IssueCampaign(RUN + "交通安全专题", "",
				"TRAFFIC", LocalDate.now(), LocalDate.now().plusDays(14), true, null, null)));

		CampaignFromAbove down = AsInstallation.call(() -> relay.toRelay(campaign.id())).orElseThrow();
		assertThat(down.media()).extracting(CampaignFromAbove.Media::title).contains(video.title(), link.title());
		assertThat(down.media()).filteredOn(m -> m.id() == video.id()).singleElement().satisfies(m -> {
			assertThat(m.video()).isEqualTo(clip);
			assertThat(m.fileName()).isEqualTo("crossing.mp4");
		});

		Peers.Peer city = peers.byId(peers.save(cityPeer("http://localhost:1"))).orElseThrow();
		Map<String, Object> envelope = campaigns.body(down, TENGXIAN);
		assertThat(campaigns.apply(city, CampaignsFromAbove.ISSUED, json.valueToTree(envelope))).isTrue();

		List<LessonMedia> seen = fromAbove(demo.callAs("student", () -> education.media("TRAFFIC")));
		assertThat(seen).extracting(LessonMedia::title).containsExactlyInAnyOrder(video.title(), link.title());
		assertThat(seen).allSatisfy(m -> {
			assertThat(m.source()).isEqualTo("梧州市");
			assertThat(m.regionCode()).isEqualTo(TENGXIAN);
		});
		LessonMedia copy = seen.stream().filter(m -> m.kind() == LessonMedia.Kind.VIDEO).findFirst().orElseThrow();
		byte[] streamed = mvc.perform(get(copy.url()).with(demo.as("student")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(streamed).as("the same video, stored here").isEqualTo(clip);
		assertThat(seen.stream().filter(m -> m.kind() == LessonMedia.Kind.LINK).findFirst().orElseThrow().url())
			.isEqualTo("https://video.example.org/traffic");

		// the county's bureau sees them read-only; the city's own stay the city's to
		// remove
		assertThat(fromAbove(demo.callAs("tx_admin", () -> education.media("TRAFFIC"))))
			.noneMatch(LessonMedia::removable);
		assertThatThrownBy(() -> demo.runAs("tx_admin", () -> education.removeMedia(copy.id())))
			.isInstanceOf(AccessDenied.class);
		assertThat(demo.callAs("wz_admin", () -> education.media("TRAFFIC"))).filteredOn(m -> m.id() == video.id())
			.singleElement()
			.matches(LessonMedia::removable);
		assertThat(fromAbove(demo.callAs("principal2", () -> education.media("TRAFFIC"))))
			.as("another county's school sees nothing of 藤县's copies")
			.isEmpty();

		// the same envelope again, and a second campaign of the lesson: kept once
		assertThat(campaigns.apply(city, CampaignsFromAbove.ISSUED, json.valueToTree(envelope))).isTrue();
		Map<String, Object> second = new HashMap<>(envelope);
		second.put("campaignId", campaign.id() + 1_000_000);
		second.put("title", RUN + "交通安全专题（二）");
		assertThat(campaigns.apply(city, CampaignsFromAbove.ISSUED, json.valueToTree(second))).isTrue();
		assertThat(fromAbove(demo.callAs("student", () -> education.media("TRAFFIC")))).hasSize(2);
	}

	@Test
	void aVideoLargerThanTheAttachmentSizeIsNamedInsteadOfSent() {
		byte[] clip = mp4(4096);
		LessonMedia video = demo.callAs("wz_admin", () -> education.addMediaVideo("FOOD", RUN + "食堂操作规范",
				new ByteArrayResource(clip), clip.length, "canteen.mp4"));
		long lesson = demo.jdbc().sql("select id from education.lesson where code = 'FOOD'").query(Long.class).single();
		LessonMediaRelay.Outgoing small = mediaRelay.forCampaign(lesson, "450400", 1024);
		assertThat(small.leftOut()).contains(video.title());
		assertThat(small.media()).noneMatch(m -> m.id() == video.id());
		assertThat(mediaRelay.forCampaign(lesson, "450400", 8192).media()).anyMatch(m -> m.id() == video.id());
		assertThat(mediaRelay.forCampaign(lesson, "450300", 8192).media())
			.as("another city's campaign does not carry 梧州市's video")
			.noneMatch(m -> m.id() == video.id());
	}

	private static List<LessonMedia> fromAbove(List<LessonMedia> media) {
		return media.stream().filter(m -> m.source() != null && m.title().startsWith(RUN)).toList();
	}

	static byte[] mp4(int size) {
		byte[] bytes = new byte[size];
		java.util.Arrays.fill(bytes, (byte) 9);
		System.arraycopy(new byte[] { 0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm' }, 0, bytes, 0, 12);
		return bytes;
	}

}
