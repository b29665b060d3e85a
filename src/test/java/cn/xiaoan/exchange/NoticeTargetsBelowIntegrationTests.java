package cn.xiaoan.exchange;

import java.util.List;

import cn.xiaoan.notice.NoticeCategory;
import cn.xiaoan.notice.NoticeManagement;
import cn.xiaoan.notice.NoticeSummary;
import cn.xiaoan.notice.SendNotice;
import cn.xiaoan.notice.StaffAudience;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The count of installations below a bureau's notice reaches (ADR 0067) is that of the
 * moment it is published: a draft saved before 藤州镇's own installation was linked below 藤县
 * counts it once published (ADR 0070).
 */
@PlatformTest
class NoticeTargetsBelowIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	NoticeManagement notices;

	@Autowired
	Peers peers;

	@AfterEach
	void noPeersLeft() {
		demo.jdbc().sql("delete from exchange.peer").update();
	}

	@Test
	void aDraftPublishedAfterAnInstallationBelowWasLinkedCountsIt() {
		String title = "草稿转发计数" + (System.currentTimeMillis() % 1_000_000);
		NoticeSummary draft = demo.callAs("tx_safety",
				() -> notices.send(new SendNotice(NoticeCategory.NOTICE, title, "请各校落实。", false, null,
						StaffAudience.LEADERS, null, List.of(), List.of(), false, List.of(), false, false, false),
						List.of()));
		assertThat(demo.callAs("tx_safety", () -> notices.open(draft.id())).installationsBelow()).isZero();
		peers.save(new SavePeer("tengzhou", "藤州镇", "http://localhost:1", "450422100", PeerDirection.DOWN,
				ExchangeBothWaysIntegrationTests.SECRET));
		demo.callAs("tx_safety", () -> notices.publish(draft.id()));
		assertThat(demo.callAs("tx_safety", () -> notices.open(draft.id())).installationsBelow())
			.as("counted when published, not when saved")
			.isOne();
	}

}
