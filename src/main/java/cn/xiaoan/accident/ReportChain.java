package cn.xiaoan.accident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.xiaoan.shared.BusinessRuleViolation;

/**
 * The rules of an accident's report up the chain: school → county → city, and on to the
 * province for a serious accident. Every hop is due within the policy's hours of the
 * occurrence, whatever level sends it; a level forwards only a report it has, and
 * forwarding signs for it too.
 */
final class ReportChain {

	private final List<Hop> hops;

	ReportChain(List<Hop> hops) {
		this.hops = new ArrayList<>(hops);
	}

	/** The hops of a new report, the school's sent now. */
	static ReportChain plan(String schoolRegion, Severity severity, Instant due, Instant now, String by) {
		List<ReportLevel> levels = severity.serious()
				? List.of(ReportLevel.SCHOOL, ReportLevel.COUNTY, ReportLevel.CITY, ReportLevel.PROVINCE)
				: List.of(ReportLevel.SCHOOL, ReportLevel.COUNTY, ReportLevel.CITY);
		List<Hop> hops = new ArrayList<>();
		for (int i = 0; i + 1 < levels.size(); i++) {
			ReportLevel from = levels.get(i);
			ReportLevel to = levels.get(i + 1);
			hops.add(new Hop(from, from.regionOf(schoolRegion), to, to.regionOf(schoolRegion), due, null, null, null,
					null, null));
		}
		hops.set(0, hops.get(0).sent(now, by));
		return new ReportChain(hops);
	}

	List<Hop> hops() {
		return List.copyOf(hops);
	}

	/**
	 * 签收: the bureau at {@code level} of {@code region} signs for the report sent to it.
	 */
	Hop receive(ReportLevel level, String region, Instant now, String by) {
		int i = into(level, region);
		Hop hop = hops.get(i);
		if (hop.sentAt() == null) {
			throw new BusinessRuleViolation("level", "accident.chain.notYetSent");
		}
		if (hop.receivedAt() != null) {
			throw new BusinessRuleViolation("level", "accident.chain.received");
		}
		hops.set(i, hop.received(now, by));
		return hops.get(i);
	}

	/**
	 * 转报: the bureau at {@code level} sends the report on, signing for it first if it had
	 * not; answers the hop sent (late or not).
	 */
	Hop forward(ReportLevel level, String region, Instant now, String by) {
		int in = into(level, region);
		if (hops.get(in).sentAt() == null) {
			throw new BusinessRuleViolation("level", "accident.chain.notYetSent");
		}
		if (in + 1 >= hops.size()) {
			throw new BusinessRuleViolation("level", "accident.chain.top");
		}
		if (hops.get(in + 1).sentAt() != null) {
			throw new BusinessRuleViolation("level", "accident.chain.forwarded");
		}
		if (hops.get(in).receivedAt() == null) {
			hops.set(in, hops.get(in).received(now, by));
		}
		hops.set(in + 1, hops.get(in + 1).sent(now, by));
		return hops.get(in + 1);
	}

	/** The report reached its top level and was signed for there. */
	boolean complete() {
		return hops.get(hops.size() - 1).receivedAt() != null;
	}

	/**
	 * The steps open to the bureau at {@code level} of {@code region}: sign for the
	 * report ("receive") and send it on ("forward", which signs too).
	 */
	List<String> openSteps(ReportLevel level, String region) {
		List<String> steps = new ArrayList<>();
		for (int i = 0; i < hops.size(); i++) {
			Hop hop = hops.get(i);
			if (hop.to() == level && hop.toRegion().equals(region) && hop.sentAt() != null) {
				if (hop.receivedAt() == null) {
					steps.add("receive");
				}
				if (i + 1 < hops.size() && hops.get(i + 1).sentAt() == null) {
					steps.add("forward");
				}
			}
		}
		return steps;
	}

	private int into(ReportLevel level, String region) {
		for (int i = 0; i < hops.size(); i++) {
			if (hops.get(i).to() == level && hops.get(i).toRegion().equals(region)) {
				return i;
			}
		}
		throw new BusinessRuleViolation("level", "accident.chain.notYours");
	}

}
