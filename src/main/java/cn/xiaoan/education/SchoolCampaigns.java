package cn.xiaoan.education;

import java.util.List;

import cn.xiaoan.shared.SchoolPeriod;

/**
 * The campaigns of a period that targeted one school, with the school's figures in each:
 * added up they are the school's {@link SchoolCampaignFigures} of the period (the
 * assessment's 专题教育完成率 and 合格率).
 */
public record SchoolCampaigns(SchoolPeriod filter, List<Row> rows) {

	/**
	 * A campaign and the school's students targeted, completed, took the quiz, passed.
	 */
	public record Row(Campaign campaign, int targeted, int completed, int took, int passed) {
	}

	public int targeted() {
		return rows.stream().mapToInt(Row::targeted).sum();
	}

	public int completed() {
		return rows.stream().mapToInt(Row::completed).sum();
	}

	public int took() {
		return rows.stream().mapToInt(Row::took).sum();
	}

	public int passed() {
		return rows.stream().mapToInt(Row::passed).sum();
	}

}
