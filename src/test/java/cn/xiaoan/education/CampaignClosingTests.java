package cn.xiaoan.education;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import cn.xiaoan.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

import static cn.xiaoan.education.Campaign.Closing.Kind.ENDED;
import static cn.xiaoan.education.Campaign.Closing.Kind.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of 撤回 and 提前结束 (ADR 0070), the same for the issuing bureau and for a closing
 * arriving from the bureau above in any order.
 */
class CampaignClosingTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	private static final Instant NOW = TODAY.atTime(10, 5).atZone(ZoneId.systemDefault()).toInstant();

	private static Campaign running(Campaign.Closing closing) {
		return new Campaign(7, "冬季消防", "", "FIRE", "预防火灾", "450422", "藤县教育局", TODAY.minusDays(3), TODAY.plusDays(20),
				true, Set.of(), null, closing);
	}

	@Test
	void aReasonIsRequiredAndAtMostTwoHundredCharacters() {
		assertThatThrownBy(() -> running(null).close(WITHDRAWN, "  ", NOW)).isInstanceOf(BusinessRuleViolation.class)
			.extracting(e -> ((BusinessRuleViolation) e).fieldErrors())
			.isEqualTo(java.util.Map.of("reason", "campaign.close.reason.required"));
		assertThatThrownBy(() -> running(null).close(ENDED, "因".repeat(201), NOW))
			.extracting(e -> ((BusinessRuleViolation) e).fieldErrors())
			.isEqualTo(java.util.Map.of("reason", "campaign.close.reason.long"));
		assertThat(running(null).close(ENDED, " 台风停课 ", NOW)).get().isEqualTo(new Campaign.Closing(ENDED, NOW, "台风停课"));
	}

	@Test
	void endingEarlyClosesTheCampaignFromThatDayAndRunsNoMore() {
		Campaign ended = running(new Campaign.Closing(ENDED, NOW, "台风停课"));
		assertThat(ended.runningOn(TODAY)).isFalse();
		assertThat(ended.open()).isFalse();
		assertThat(ended.lastDay()).isEqualTo(TODAY);
		assertThat(running(null).lastDay()).isEqualTo(TODAY.plusDays(20));
	}

	@Test
	void closingTwiceChangesNothingAndAWithdrawalStillFollowsAnEarlyEnd() {
		Campaign ended = running(new Campaign.Closing(ENDED, NOW, "台风停课"));
		assertThat(ended.close(ENDED, "再次结束", NOW.plusSeconds(60))).isEmpty();
		assertThat(ended.close(WITHDRAWN, "误发", NOW.plusSeconds(60))).get()
			.extracting(Campaign.Closing::kind)
			.isEqualTo(WITHDRAWN);
		Campaign withdrawn = running(new Campaign.Closing(WITHDRAWN, NOW, "误发"));
		assertThat(withdrawn.close(WITHDRAWN, "误发", NOW.plusSeconds(60))).isEmpty();
	}

	@Test
	void aWithdrawnCampaignIsNotEndedAfterwards() {
		Campaign withdrawn = running(new Campaign.Closing(WITHDRAWN, NOW, "误发"));
		assertThatThrownBy(() -> withdrawn.close(ENDED, "台风停课", NOW))
			.extracting(e -> ((BusinessRuleViolation) e).fieldErrors())
			.isEqualTo(java.util.Map.of("reason", "campaign.end.withdrawn"));
	}

	@Test
	void onlyARunningCampaignIsEndedEarlyButAnyIsWithdrawn() {
		Campaign later = new Campaign(8, "寒假安全", "", "FIRE", "预防火灾", "450422", "藤县教育局", TODAY.plusDays(5),
				TODAY.plusDays(20), true);
		assertThatThrownBy(() -> later.close(ENDED, "取消", NOW))
			.extracting(e -> ((BusinessRuleViolation) e).fieldErrors())
			.isEqualTo(java.util.Map.of("reason", "campaign.end.notStarted"));
		Campaign over = new Campaign(9, "暑期防溺水", "", "DROWNING", "防溺水", "450422", "藤县教育局", TODAY.minusDays(60),
				TODAY.minusDays(1), true);
		assertThatThrownBy(() -> over.close(ENDED, "结束", NOW))
			.extracting(e -> ((BusinessRuleViolation) e).fieldErrors())
			.isEqualTo(java.util.Map.of("reason", "campaign.end.over"));
		assertThat(later.close(WITHDRAWN, "误发", NOW)).isPresent();
		assertThat(over.close(WITHDRAWN, "误发", NOW)).isPresent();
	}

}
