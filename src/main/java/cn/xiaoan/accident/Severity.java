package cn.xiaoan.accident;

/**
 * 事故等级 by the grades of 《生产安全事故报告和调查处理条例》 (国务院令第493号, Art. 3), which the education system
 * applies to school accidents: 特别重大 30 or more dead or 100 or more seriously injured; 重大
 * 10–29 dead or 50–99 seriously injured; 较大 3–9 dead or 10–49 seriously injured; 一般 below
 * that. 较大 and above count as serious: they are reported within the shorter deadline and
 * up to the province.
 */
public enum Severity {

	GENERAL(0, 0), LARGER(3, 10), MAJOR(10, 50), ESPECIALLY_MAJOR(30, 100);

	private final int deathsFrom;

	private final int seriousFrom;

	Severity(int deathsFrom, int seriousFrom) {
		this.deathsFrom = deathsFrom;
		this.seriousFrom = seriousFrom;
	}

	/** 较大 and above. */
	public boolean serious() {
		return this != GENERAL;
	}

	/** The lowest grade the numbers of dead and seriously injured allow. */
	static Severity atLeast(long deaths, long seriouslyInjured) {
		Severity grade = GENERAL;
		for (Severity s : values()) {
			if (deaths >= s.deathsFrom && s.deathsFrom > 0 || seriouslyInjured >= s.seriousFrom && s.seriousFrom > 0) {
				grade = s;
			}
		}
		return grade;
	}

	public String messageKey() {
		return "accident.severity." + name();
	}

}
