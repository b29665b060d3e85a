package cn.xiaoan.surroundings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.xiaoan.file.Files;
import cn.xiaoan.file.StoredFile;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases of the register: a partner department sees those assigned to it in its region
 * and closes them with evidence; the county records the answer of a department without an
 * account, confirms a closed case or reopens it with a new deadline.
 */
@Service
@Transactional
public class CaseManagement {

	/** The evidence photos one answer may carry. */
	static final int MAX_PHOTOS = 4;

	private final Cases cases;

	private final VenueAccess access;

	private final Files files;

	private final OrgManagement org;

	private final PolicyManagement policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseManagement(Cases cases, VenueAccess access, Files files, OrgManagement org, PolicyManagement policy,
			ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.access = access;
		this.files = files;
		this.org = org;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The cases the caller sees: a partner those of its department in its region, a
	 * school those of the venues near it, a bureau its region's; {@code state} one of the
	 * states, {@code OVERDUE} or null for all.
	 */
	@Transactional(readOnly = true)
	public List<CaseView> list(String state) {
		CurrentUser caller = Callers.current().require(SurroundingsPermissions.READ);
		DataScope scope = caller.scope();
		String filter = state == null || state.isBlank() ? null : state;
		if (filter != null && !filter.equals("OVERDUE")) {
			try {
				CaseState.valueOf(filter);
			}
			catch (IllegalArgumentException ex) {
				throw new BusinessRuleViolation("state", "surroundings.case.state.unknown");
			}
		}
		Department department = caller.role().isPartner() ? Department.of(caller.role()) : null;
		if (caller.role().isPartner() && department == null) {
			return List.of();
		}
		return cases.list(scope.sqlRegionPrefix(), department,
				scope.kind() == DataScope.Kind.SCHOOL ? scope.schoolId() : null, filter);
	}

	/** A case the caller sees, with its timeline. */
	@Transactional(readOnly = true)
	public CaseView detail(long id) {
		access.visibleCase(Callers.current().require(SurroundingsPermissions.READ), id);
		return cases.view(id);
	}

	/**
	 * Whether the caller may close this case: its department, or the county for one
	 * without an account.
	 */
	@Transactional(readOnly = true)
	public boolean closable(CaseView view) {
		CurrentUser caller = Callers.current();
		if (view.state() != CaseState.OPEN) {
			return false;
		}
		if (caller.role().isPartner()) {
			return caller.can(SurroundingsPermissions.ACT) && Department.of(caller.role()) == view.department();
		}
		return view.department().partner() == null && caller.can(SurroundingsPermissions.MANAGE)
				&& caller.scope().coversRegion(view.regionCode());
	}

	/**
	 * The department closes a case assigned to it with what it did, the day, and photos;
	 * the county does so for a department without an account.
	 */
	public void close(long id, CloseCase command, List<Photo> photos) {
		CurrentUser caller = Callers.current();
		if (!caller.can(SurroundingsPermissions.ACT) && !caller.can(SurroundingsPermissions.MANAGE)) {
			throw new AccessDenied("only the department or the county closes a case");
		}
		String[] header = access.visibleCase(caller, id);
		CaseView view = cases.view(id);
		if (!closable(view)) {
			if (view.state() != CaseState.OPEN) {
				throw new BusinessRuleViolation("result", "surroundings.case.notOpen");
			}
			throw new AccessDenied("the case's own department closes it");
		}
		if (command.actedOn().isAfter(LocalDate.now(clock))
				|| command.actedOn().isBefore(view.openedAt().toLocalDate().minusDays(1))) {
			throw new BusinessRuleViolation("actedOn", "surroundings.case.actedOn.error");
		}
		if (photos.size() > MAX_PHOTOS) {
			throw new BusinessRuleViolation("photo", "surroundings.case.photos.error");
		}
		cases.close(id, command);
		long event = cases.event(id, "CLOSED", caller.displayName(), org.callerUnitName(), command.result());
		for (Photo photo : photos) {
			StoredFile file = files.storePhoto("photo", photo.bytes(), photo.name(), null, header[0]);
			cases.addPhoto(id, event, file.id());
		}
		events.publishEvent(EntityChanged.updated("surroundings_case", id, header[0], null, Map.of("state", "OPEN"),
				Map.of("state", "DONE", "actedOn", command.actedOn().toString(), "photos", photos.size())));
	}

	/** The county confirms a closed case. */
	public void confirm(long id, String note) {
		CurrentUser caller = Callers.current().require(SurroundingsPermissions.MANAGE);
		String[] header = access.managedCase(caller, id);
		if (!header[2].equals("DONE")) {
			throw new BusinessRuleViolation("note", "surroundings.case.notDone");
		}
		cases.confirm(id);
		cases.event(id, "CONFIRMED", caller.displayName(), org.callerUnitName(), text(note, false));
		events.publishEvent(EntityChanged.updated("surroundings_case", id, header[0], null, Map.of("state", "DONE"),
				Map.of("state", "CONFIRMED")));
	}

	/** The county reopens a closed case with why, and a new deadline from today. */
	public void reopen(long id, String note) {
		CurrentUser caller = Callers.current().require(SurroundingsPermissions.MANAGE);
		String[] header = access.managedCase(caller, id);
		if (!header[2].equals("DONE")) {
			throw new BusinessRuleViolation("note", "surroundings.case.notDone");
		}
		String why = text(note, true);
		LocalDate deadline = LocalDate.now(clock)
			.plusDays(policy.effective(PolicySetting.SURROUNDINGS_CASE_DAYS, header[0]).asInt());
		cases.reopen(id, deadline);
		cases.event(id, "REOPENED", caller.displayName(), org.callerUnitName(), why);
		events.publishEvent(EntityChanged.updated("surroundings_case", id, header[0], null, Map.of("state", "DONE"),
				Map.of("state", "OPEN", "deadline", deadline.toString())));
	}

	/** An evidence photo of a case the caller sees. */
	@Transactional(readOnly = true)
	public Files.Stream photo(long id, java.util.UUID file) {
		access.visibleCase(Callers.current().require(SurroundingsPermissions.READ), id);
		if (!cases.hasPhoto(id, file)) {
			throw new NotFound("file", file);
		}
		return files.openAttached(file);
	}

	private static String text(String note, boolean required) {
		String t = note == null ? "" : note.trim();
		if ((required && t.isEmpty()) || t.length() > 500) {
			throw new BusinessRuleViolation("note", "surroundings.case.note");
		}
		return t;
	}

	/** A photo as it came from the phone or the browser. */
	public record Photo(byte[] bytes, String name) {
	}

}
