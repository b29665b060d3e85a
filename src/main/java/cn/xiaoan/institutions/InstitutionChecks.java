package cn.xiaoan.institutions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.xiaoan.file.Files;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.ClientSubmission;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspections of institutions and what follows them: a rectification the township follows
 * to a re-inspection, a ban whose students the township resettles group by group. The
 * outcome's rules live here: compliant only with every item passed and a licence,
 * rectification only with a failed item and a deadline after the inspection, a ban only
 * by the county and with the students to resettle counted.
 */
@Service
@Transactional
public class InstitutionChecks {

	/** A deadline further than this from the inspection is refused. */
	static final int LONGEST_DEADLINE_DAYS = 180;

	private final Institutions institutions;

	private final InstitutionAccess access;

	private final Inspections inspections;

	private final Bans bans;

	private final Files files;

	private final PolicyManagement policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InstitutionChecks(Institutions institutions, InstitutionAccess access, Inspections inspections, Bans bans,
			Files files, PolicyManagement policy, ApplicationEventPublisher events, Clock clock) {
		this.institutions = institutions;
		this.access = access;
		this.inspections = inspections;
		this.bans = bans;
		this.files = files;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/** Records an inspection of an institution the caller keeps, and its consequences. */
	public InspectionView inspect(long institutionId, InspectInstitution c) {
		return inspect(institutionId, c, null).inspection();
	}

	/**
	 * Records an inspection once per client id (ADR 0048): when the id is already stored
	 * (a resend racing the first), that inspection is answered and nothing follows again.
	 */
	Received inspect(long institutionId, InspectInstitution c, UUID clientId) {
		CurrentUser caller = Callers.current().require(InstitutionsManagement.INSTITUTIONS_EDIT);
		String region = access.editable(caller, institutionId);
		InstitutionSummary institution = institutions.summary(institutionId);
		LocalDate deadline = check(caller, institution, c, region);
		Map<Long, UUID> photos = new HashMap<>();
		for (InspectInstitution.Answer a : c.answers()) {
			if (a.photo() != null && a.photo().length > 0) {
				photos.put(a.itemId(),
						files.storePhoto("photo-" + a.itemId(), a.photo(), a.photoName(), null, region).id());
			}
		}
		String unit = caller.scope().sqlRegionPrefix();
		java.util.function.Supplier<java.util.Optional<Long>> insert = () -> inspections.insert(institutionId, region,
				c, deadline, caller.displayName(), unit, caller.accountId(), photos, clientId);
		ClientSubmission stored = clientId == null ? new ClientSubmission(insert.get().orElseThrow(), true)
				: ClientSubmission.once(clientId, insert, cid -> inspections.byClientId(cid, caller.accountId()));
		long id = stored.id();
		if (!stored.created()) {
			return new Received(inspections.view(id), false);
		}
		List<Long> closed = inspections.closeOpen(institutionId, id,
				c.outcome() == Outcome.COMPLIANT ? RectificationStatus.DONE : RectificationStatus.REPLACED);
		InstitutionStatus status = switch (c.outcome()) {
			case COMPLIANT -> InstitutionStatus.COMPLIANT;
			case RECTIFY -> InstitutionStatus.RECTIFYING;
			case BANNED -> InstitutionStatus.BANNED;
		};
		institutions.inspected(institutionId, status, c.inspectedOn());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("institution", institution.name());
		after.put("outcome", c.outcome().name());
		after.put("failed", c.answers().stream().filter(InspectInstitution.Answer::failed).count());
		if (deadline != null) {
			after.put("deadline", deadline.toString());
		}
		events.publishEvent(EntityChanged.created("institution_inspection", id, region, null, after));
		for (Long r : closed) {
			events.publishEvent(EntityChanged.updated("institution_rectification", r, region, null,
					Map.of("status", "OPEN"),
					Map.of("status",
							(c.outcome() == Outcome.COMPLIANT ? RectificationStatus.DONE : RectificationStatus.REPLACED)
								.name())));
		}
		if (c.outcome() == Outcome.RECTIFY) {
			long r = inspections.openRectification(id, institutionId, region, deadline);
			events.publishEvent(EntityChanged.created("institution_rectification", r, region, null,
					Map.of("institution", institution.name(), "deadline", deadline.toString())));
		}
		if (c.outcome() == Outcome.BANNED) {
			long b = bans.insert(id, institutionId, region, c.inspectedOn(), c.students(), c.feesToRefund());
			events.publishEvent(EntityChanged.created("institution_ban", b, region, null, Map.of("institution",
					institution.name(), "students", c.students(), "fees", c.feesToRefund().toPlainString())));
		}
		return new Received(inspections.view(id), true);
	}

	/** The stored inspection and whether this call stored it. */
	public record Received(InspectionView inspection, boolean created) {
	}

	/** The township's evidence that a rectification is done, for the re-inspection. */
	public RectificationView submitEvidence(long rectificationId, String evidence, byte[] photo, String photoName) {
		CurrentUser caller = Callers.current().require(InstitutionsManagement.INSTITUTIONS_EDIT);
		RectificationView r = inspections.rectification(rectificationId)
			.orElseThrow(() -> new NotFound("rectification", rectificationId));
		access.editable(caller, r.institutionId());
		if (!r.status().open()) {
			throw new BusinessRuleViolation("evidence", "institutions.error.rectificationClosed");
		}
		String text = evidence == null ? "" : evidence.trim();
		if (text.isEmpty() || text.length() > 500) {
			throw new BusinessRuleViolation("evidence", "institutions.error.evidence");
		}
		UUID file = photo == null || photo.length == 0 ? null
				: files.storePhoto("photo", photo, photoName, null, r.regionCode()).id();
		inspections.submit(rectificationId, text, file);
		events.publishEvent(EntityChanged.updated("institution_rectification", rectificationId, r.regionCode(), null,
				Map.of("status", r.status().name()),
				Map.of("status", RectificationStatus.SUBMITTED.name(), "evidence", text)));
		return inspections.rectification(rectificationId).orElseThrow();
	}

	/** Adds a group of students to a ban's resettlement plan. */
	public BanView addResettlement(long banId, AddResettlement c) {
		CurrentUser caller = Callers.current().require(InstitutionsManagement.INSTITUTIONS_EDIT);
		BanView ban = bans.ban(banId).orElseThrow(() -> new NotFound("ban", banId));
		access.editable(caller, ban.institutionId());
		if (ban.done()) {
			throw new BusinessRuleViolation("method", "institutions.error.banDone");
		}
		if (ban.planned() + c.students() > ban.students()) {
			throw new BusinessRuleViolation("students", "institutions.error.tooManyStudents", ban.unplanned());
		}
		long id = bans.addItem(banId, ban.regionCode(), c);
		events.publishEvent(EntityChanged.created("institution_resettlement", id, ban.regionCode(), null,
				Map.of("method", c.method().name(), "students", c.students(), "refund", c.refund().toPlainString())));
		return bans.ban(banId).orElseThrow();
	}

	/**
	 * Closes a resettlement group with what became of it; the ban is done once its plan
	 * covers every student and every group is closed.
	 */
	public BanView closeResettlement(long itemId, String outcome) {
		CurrentUser caller = Callers.current().require(InstitutionsManagement.INSTITUTIONS_EDIT);
		long banId = bans.banOfItem(itemId).orElseThrow(() -> new NotFound("resettlement", itemId));
		BanView ban = bans.ban(banId).orElseThrow();
		access.editable(caller, ban.institutionId());
		ResettlementView item = ban.items().stream().filter(i -> i.id() == itemId).findFirst().orElseThrow();
		if (item.done()) {
			throw new BusinessRuleViolation("outcome", "institutions.error.resettlementDone");
		}
		String text = outcome == null ? "" : outcome.trim();
		if (text.isEmpty() || text.length() > 300) {
			throw new BusinessRuleViolation("outcome", "institutions.error.outcomeText");
		}
		bans.closeItem(itemId, text);
		events.publishEvent(EntityChanged.updated("institution_resettlement", itemId, ban.regionCode(), null,
				Map.of("done", false), Map.of("done", true, "outcome", text)));
		BanView now = bans.ban(banId).orElseThrow();
		if (now.unplanned() == 0 && now.openItems() == 0) {
			bans.close(banId);
			events.publishEvent(EntityChanged.updated("institution_ban", banId, ban.regionCode(), null,
					Map.of("done", false), Map.of("done", true)));
			now = bans.ban(banId).orElseThrow();
		}
		return now;
	}

	/** The open rectifications of the caller's region, the most urgent first. */
	@Transactional(readOnly = true)
	public List<RectificationView> openRectifications() {
		CurrentUser caller = Callers.current().require(InstitutionsManagement.INSTITUTIONS_EDIT);
		return inspections.openRectifications(caller.scope().sqlRegionPrefix());
	}

	/** The bans of the caller's region whose resettlement is not done. */
	@Transactional(readOnly = true)
	public List<BanView> openResettlements() {
		CurrentUser caller = Callers.current().require(InstitutionsManagement.INSTITUTIONS_EDIT);
		return bans.open(caller.scope().sqlRegionPrefix());
	}

	/** The rectification deadline the policy sets for an inspection on that day. */
	@Transactional(readOnly = true)
	public LocalDate defaultDeadline(long institutionId, LocalDate inspectedOn) {
		CurrentUser caller = Callers.current().require(InstitutionsManagement.INSTITUTIONS_EDIT);
		String region = access.editable(caller, institutionId);
		return inspectedOn.plusDays(policy.effective(PolicySetting.INSTITUTIONS_RECTIFY_DAYS, region).asInt());
	}

	private LocalDate check(CurrentUser caller, InstitutionSummary institution, InspectInstitution c, String region) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (institution.status() == InstitutionStatus.BANNED) {
			throw new BusinessRuleViolation("outcome", "institutions.error.banned");
		}
		if (c.inspectedOn().isAfter(LocalDate.now(clock))) {
			errors.put("inspectedOn", "institutions.error.future");
		}
		Set<Long> items = new HashSet<>(inspections.items().stream().map(CheckItem::id).toList());
		Set<Long> answered = new HashSet<>(c.answers().stream().map(InspectInstitution.Answer::itemId).toList());
		if (answered.size() != c.answers().size() || !answered.equals(items)) {
			errors.put("answers", "institutions.error.answers");
		}
		boolean failed = c.answers().stream().anyMatch(InspectInstitution.Answer::failed);
		LocalDate deadline = null;
		switch (c.outcome()) {
			case COMPLIANT -> {
				if (failed) {
					errors.put("outcome", "institutions.error.compliantWithFailures");
				}
				else if (!institution.licensed()) {
					errors.put("outcome", "institutions.error.compliantUnlicensed");
				}
			}
			case RECTIFY -> {
				if (!failed) {
					errors.put("outcome", "institutions.error.rectifyWithoutFailure");
				}
				deadline = c.deadline() != null ? c.deadline() : c.inspectedOn()
					.plusDays(policy.effective(PolicySetting.INSTITUTIONS_RECTIFY_DAYS, region).asInt());
				if (!deadline.isAfter(c.inspectedOn())
						|| deadline.isAfter(c.inspectedOn().plusDays(LONGEST_DEADLINE_DAYS))) {
					errors.put("deadline", "institutions.error.deadline");
				}
			}
			case BANNED -> {
				if (!InstitutionAccess.bans(caller)) {
					throw new AccessDenied("a ban is decided by the county");
				}
				if (c.students() == null || c.students() < 0 || c.students() > 100000) {
					errors.put("students", "institutions.error.students");
				}
				if (c.feesToRefund() == null || c.feesToRefund().compareTo(BigDecimal.ZERO) < 0) {
					errors.put("feesToRefund", "institutions.error.fees");
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors);
		}
		return deadline;
	}

}
