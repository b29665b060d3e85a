package cn.xiaoan.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.xiaoan.file.Files;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice module's API: a bureau or a school sends a notice inside its scope, its
 * recipients read it (the first reading is their receipt), and the sender publishes a
 * draft, withdraws a notice or reminds those who have not read it. Every call checks the
 * caller's role and scope; a notice the caller neither sent nor received is not found.
 */
@Service
@Transactional
public class NoticeManagement {

	/**
	 * Send notices: a bureau to its region, a school to its staff and classes, a head
	 * teacher to their class.
	 */
	public static final Permission NOTICE_SEND = Permission.grantedTo("NOTICE_SEND", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER, Role.HEAD_TEACHER);

	/** Receive and read notices. */
	public static final Permission NOTICE_READ = Permission.grantedTo("NOTICE_READ", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER, Role.HEAD_TEACHER, Role.TEACHER,
			Role.GUARD, Role.STUDENT, Role.PARENT);

	static final Set<Role> BUREAU_ROLES = EnumSet.of(Role.BUREAU_ADMIN, Role.BUREAU_SAFETY_OFFICER);

	static final int LIST_LIMIT = 200;

	private final Notices notices;

	private final NoticeFanOut fanOut;

	private final NoticeDelivery delivery;

	private final NoticeAudience recipients;

	private final OrgManagement org;

	private final Files files;

	private final NoticeAttachments attachmentFiles;

	private final NoticeFollowUps followUps;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NoticeManagement(Notices notices, NoticeFanOut fanOut, NoticeDelivery delivery, NoticeAudience recipients,
			OrgManagement org, Files files, NoticeAttachments attachmentFiles, NoticeFollowUps followUps,
			ApplicationEventPublisher events, Clock clock) {
		this.notices = notices;
		this.fanOut = fanOut;
		this.delivery = delivery;
		this.recipients = recipients;
		this.org = org;
		this.files = files;
		this.attachmentFiles = attachmentFiles;
		this.followUps = followUps;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Writes a notice, its attachments and its addressed units; published at once unless
	 * {@code command.publish()} is false (a draft).
	 */
	public NoticeSummary send(SendNotice command, List<SendNotice.Attachment> attachments) {
		CurrentUser caller = Callers.current().require(NOTICE_SEND);
		DataScope scope = caller.scope();
		Instant now = clock.instant();
		command.check(attachments.size(), now);
		boolean bureau = scope.kind() == DataScope.Kind.REGION;
		SchoolSummary school = scope.kind() == DataScope.Kind.SCHOOL ? org.school(scope.schoolId()) : null;
		if (!bureau && school == null) {
			throw new AccessDenied("notices are sent by bureaus and schools");
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		roles.addAll(command.staff().roles());
		if (bureau && command.lowerBureaus()) {
			roles.addAll(BUREAU_ROLES);
		}
		long id = notices.insertDraft(caller, bureau ? scope.sqlRegionPrefix() : school.regionCode(),
				school == null ? null : school.id(), org.callerUnitName(), command, roles, bureau, now);
		int units = bureau ? fanOut.fromBureau(id, caller, command) : fanOut.fromSchool(id, caller, school, command);
		notices.setUnitCount(id, units);
		for (SendNotice.Attachment a : attachments) {
			attachmentFiles.attach(id, a.fileName(), a.bytes(), school == null ? null : school.id(),
					school == null ? scope.homeRegion() : school.regionCode());
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("title", command.title());
		after.put("category", command.category().name());
		after.put("units", units);
		after.put("attachments", attachments.size());
		events.publishEvent(EntityChanged.created("notice", id,
				school == null ? scope.homeRegion() : school.regionCode(), school == null ? null : school.id(), after));
		if (command.publish()) {
			publishNow(id, now);
		}
		return notices.summary(id, null);
	}

	/** Publishes a draft: its recipients find it in their inbox and their list. */
	public NoticeSummary publish(long id) {
		Notices.Header header = managed(id);
		fanOut.recountInstallationsBelow(header.id());
		publishNow(header.id(), clock.instant());
		return notices.summary(id, null);
	}

	void publishNow(long id, Instant now) {
		if (notices.setStatus(id, NoticeStatus.DRAFT, NoticeStatus.PUBLISHED, "published_at", now) == 0) {
			throw new BusinessRuleViolation("notice", "notice.publish.notDraft");
		}
		Notices.Header header = notices.header(id).orElseThrow();
		NoticeSummary summary = notices.summary(id, null);
		int units = delivery.deliver(header, summary.senderName(), "notify.notice.published");
		events.publishEvent(new NoticePublished(id, header.senderPrefix(), header.senderSchoolId(), summary.category(),
				units, header.receiptRequired()));
		events.publishEvent(EntityChanged.updated("notice", id, regionOf(header), header.senderSchoolId(),
				Map.of("status", NoticeStatus.DRAFT.name()), Map.of("status", NoticeStatus.PUBLISHED.name())));
	}

	/**
	 * 撤回: recipients keep seeing the notice, marked withdrawn, without its content; the
	 * installations it was relayed to withdraw their copy ({@link NoticeWithdrawn}).
	 */
	public NoticeSummary withdraw(long id) {
		if (!followUps.withdraw(managed(id), clock.instant())) {
			throw new BusinessRuleViolation("notice", "notice.withdraw.notPublished");
		}
		return notices.summary(id, null);
	}

	/**
	 * 提醒未读: the unread are reminded, at most once per cooldown; so are those of the
	 * installations it was relayed to ({@link NoticeReminded}).
	 */
	public Reminded remind(long id) {
		return followUps.remind(managed(id), clock.instant());
	}

	/** The notices the caller sent (a bureau: also those of the bureaus below it). */
	@Transactional(readOnly = true)
	public List<NoticeSummary> sent() {
		CurrentUser caller = Callers.current().require(NOTICE_SEND);
		DataScope scope = caller.scope();
		return switch (scope.kind()) {
			case REGION -> notices.sentInRegion(scope.regionPrefix(), LIST_LIMIT);
			case SCHOOL ->
				notices.sentBySchool(scope.schoolId(), leads(caller) ? null : caller.accountId(), LIST_LIMIT);
			default -> List.of();
		};
	}

	/** 我的通知: the notices reaching the caller, unread first. */
	@Transactional(readOnly = true)
	public List<NoticeSummary> received() {
		CurrentUser caller = Callers.current().require(NOTICE_READ);
		return notices.received(caller.accountId(), recipients.of(caller), LIST_LIMIT);
	}

	/** How many published notices the caller has not opened (the menu's badge). */
	@Transactional(readOnly = true)
	public long unreadCount() {
		CurrentUser caller = Callers.current();
		if (!caller.can(NOTICE_READ)) {
			return 0;
		}
		return notices.unreadCount(caller.accountId(), recipients.of(caller));
	}

	/**
	 * Opens a notice: a recipient's first opening of a published notice is their receipt.
	 * A withdrawn notice shows its recipients its title and withdrawal only.
	 */
	public NoticeDetail open(long id) {
		CurrentUser caller = Callers.current().require(NOTICE_READ);
		Notices.Header header = notices.header(id).orElseThrow(() -> new NotFound("notice", id));
		boolean manages = manages(caller, header);
		var unit = header.status() == NoticeStatus.DRAFT ? java.util.Optional.<Notices.UnitRef>empty()
				: notices.unitOf(id, recipients.of(caller));
		if (!manages && unit.isEmpty()) {
			throw new NotFound("notice", id);
		}
		if (unit.isPresent() && header.status() == NoticeStatus.PUBLISHED) {
			notices
				.recordRead(id, unit.get(), caller.accountId(), caller.personId(), caller.role().name(),
						caller.displayName(), clock.instant())
				.ifPresent(first -> events
					.publishEvent(new NoticeRead(id, unit.get().unitKey(), unit.get().regionCode(), first)));
		}
		NoticeSummary summary = notices.summary(id, caller.accountId());
		boolean hidden = !manages && header.status() == NoticeStatus.WITHDRAWN;
		Instant next = header.remindedAt() == null ? null : header.remindedAt().plus(NoticeDelivery.COOLDOWN);
		int below = manages ? header.installationsBelow() : 0;
		return new NoticeDetail(summary, hidden ? "" : header.body(), hidden ? List.of() : notices.attachments(id),
				manages, header.fromSchool(), StaffAudience.of(header.roles()), header.toStudents(), header.toParents(),
				header.remindedAt(), next, below > 0 ? notices.localUnits(id) : summary.units(), below);
	}

	/**
	 * An attachment of a notice the caller may read (not once withdrawn, for a
	 * recipient).
	 */
	@Transactional(readOnly = true)
	public Files.Stream attachment(long id, UUID fileId) {
		CurrentUser caller = Callers.current().require(NOTICE_READ);
		Notices.Header header = notices.header(id).orElseThrow(() -> new NotFound("notice", id));
		boolean manages = manages(caller, header);
		boolean receives = header.status() == NoticeStatus.PUBLISHED
				&& notices.unitOf(id, recipients.of(caller)).isPresent();
		if ((!manages && !receives) || !notices.hasAttachment(id, fileId)) {
			throw new NotFound("file", fileId);
		}
		return files.openAttached(fileId);
	}

	/** A notice the caller sent (or whose sender the caller leads), for exports. */
	@Transactional(readOnly = true)
	public NoticeSummary sentNotice(long id) {
		return notices.summary(managed(id).id(), null);
	}

	/** The notice, when the caller sent it (or leads the school or bureau that did). */
	Notices.Header managed(long id) {
		CurrentUser caller = Callers.current().require(NOTICE_SEND);
		Notices.Header header = notices.header(id).orElseThrow(() -> new NotFound("notice", id));
		if (!manages(caller, header)) {
			if (notices.unitOf(id, recipients.of(caller)).isPresent()) {
				throw new AccessDenied("recipients do not manage a notice");
			}
			throw new NotFound("notice", id);
		}
		return header;
	}

	static boolean manages(CurrentUser caller, Notices.Header header) {
		// a notice received from the installation above is managed where it was sent
		if (!caller.can(NOTICE_SEND) || header.relayed()) {
			return false;
		}
		DataScope scope = caller.scope();
		if (header.fromSchool()) {
			return scope.kind() == DataScope.Kind.SCHOOL && header.senderSchoolId().equals(scope.schoolId())
					&& (leads(caller) || header.createdBy() == caller.accountId());
		}
		return scope.kind() == DataScope.Kind.REGION && header.senderPrefix().startsWith(scope.regionPrefix());
	}

	/**
	 * A school's leaders see all its notices and the names of its students who read them.
	 */
	static boolean leads(CurrentUser caller) {
		return caller.role() == Role.PRINCIPAL || caller.role() == Role.SCHOOL_SAFETY_OFFICER;
	}

	/** The region a notice's audit entries are filed under. */
	static String regionOf(Notices.Header header) {
		return header.fromSchool() ? header.senderPrefix() : NoticeFanOut.regionOf(header.senderPrefix());
	}

}
