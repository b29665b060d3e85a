package cn.xiaoan.accident;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

/**
 * Plays accidents of the past through the module's own rules at the moments they
 * happened, for the demo data: the same scope and role checks, the same deadlines and
 * caps, the same lateness records and events — only the clock is the story's. Nothing
 * else calls it (no route reaches it), so a real report always carries the server's time.
 */
@Component
public class AccidentReplay {

	private final AccidentManagement accidents;

	private final AccidentHandling handling;

	AccidentReplay(AccidentManagement accidents, AccidentHandling handling) {
		this.accidents = accidents;
		this.handling = handling;
	}

	public AccidentSummary report(ReportAccident command, Instant at) {
		return accidents.report(command, at);
	}

	public void receive(long id, Instant at) {
		accidents.receive(id, at);
	}

	public void forward(long id, Instant at) {
		accidents.forward(id, at);
	}

	/**
	 * A claim told to the insurer at {@code notifiedAt}; {@code victimId} null for the
	 * whole accident.
	 */
	public long claim(long id, Long victimId, String insurer, String policyNo, LocalDateTime notifiedAt,
			BigDecimal claimYuan, Instant at) {
		return handling.recordClaim(id,
				new HandlingCommands.RecordClaim(victimId, insurer, policyNo, notifiedAt, claimYuan), at);
	}

	public void advanceClaim(long id, long claim, BigDecimal paidYuan, Instant at) {
		handling.advanceClaim(id, claim, paidYuan, at);
	}

	public void determine(long id, Responsibility responsibility, String basis) {
		handling.determineResponsibility(id, new HandlingCommands.DetermineResponsibility(responsibility, basis));
	}

	public void mediation(long id, LocalDate heldOn, String parties, String outcome) {
		handling.recordMediation(id, new HandlingCommands.RecordMediation(heldOn, parties, outcome));
	}

	public void disruption(long id, String note) {
		handling.recordDisruption(id, new HandlingCommands.RecordDisruption(note));
	}

	public void close(long id, String closingReport, Instant at) {
		handling.close(id, new HandlingCommands.CloseAccident(closingReport), at);
	}

	/** The ids of the accident's people hurt, in the order reported. */
	public java.util.List<Long> victimIds(long id) {
		return accidents.victimIds(id);
	}

}
