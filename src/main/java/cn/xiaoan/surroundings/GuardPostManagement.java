package cn.xiaoan.surroundings;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.file.Files;
import cn.xiaoan.file.StoredFile;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.ClientSubmission;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school-run guard posts: a school plans them, its staff check in on a phone at the
 * post (perhaps offline, so each check-in is stored once per client id), and every window
 * that ends without a check-in is a gap the school and its county see.
 */
@Service
@Transactional
public class GuardPostManagement {

	private final GuardPosts posts;

	private final OrgManagement org;

	private final Files files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GuardPostManagement(GuardPosts posts, OrgManagement org, Files files, ApplicationEventPublisher events,
			Clock clock) {
		this.posts = posts;
		this.org = org;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/** Plans a post of one of the caller's schools. */
	public long plan(PlanPost command) {
		CurrentUser caller = Callers.current().require(SurroundingsPermissions.POSTS);
		SchoolSummary school = org.school(command.schoolId());
		if (!command.endsAt().isAfter(command.startsAt())) {
			throw new BusinessRuleViolation("endsAt", "surroundings.post.window.error");
		}
		if (command.police() + command.staff() + command.volunteers() == 0) {
			throw new BusinessRuleViolation("staff", "surroundings.post.nobody");
		}
		long id = posts.insert(command, school.name(), school.regionCode());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("name", command.name());
		after.put("slot", command.slot().name());
		after.put("days", command.days());
		after.put("window", command.startsAt() + "-" + command.endsAt());
		events.publishEvent(EntityChanged.created("surroundings_post", id, school.regionCode(), school.id(), after));
		return id;
	}

	/** The posts the caller sees, with their check-ins and gaps of the recent days. */
	@Transactional(readOnly = true)
	public List<GuardPost> posts() {
		DataScope scope = Callers.current().require(SurroundingsPermissions.READ).scope();
		return posts.list(scope.sqlRegionPrefix(), scope.kind() == DataScope.Kind.SCHOOL ? scope.schoolId() : null);
	}

	/** The windows of the recent days that ended with no check-in, latest first. */
	@Transactional(readOnly = true)
	public List<Gap> gaps(int limit) {
		DataScope scope = Callers.current().require(SurroundingsPermissions.READ).scope();
		return posts.gaps(scope.sqlRegionPrefix(), scope.kind() == DataScope.Kind.SCHOOL ? scope.schoolId() : null,
				Math.min(Math.max(limit, 1), 5000));
	}

	/** The check-ins the caller sees, newest first. */
	@Transactional(readOnly = true)
	public List<CheckIn> checkIns(int limit) {
		DataScope scope = Callers.current().require(SurroundingsPermissions.READ).scope();
		return posts.checkIns(scope.sqlRegionPrefix(), scope.kind() == DataScope.Kind.SCHOOL ? scope.schoolId() : null,
				Math.min(Math.max(limit, 1), 5000));
	}

	/**
	 * Stores a check-in once: a resend of a stored client id answers the stored check-in
	 * ({@link ClientSubmission}); only the staff of the post's school check in.
	 */
	public Received checkIn(RecordCheckIn command, CaseManagement.Photo photo) {
		CurrentUser caller = Callers.current().require(SurroundingsPermissions.CHECK_IN);
		Object[] school = posts.schoolOf(command.postId())
			.orElseThrow(() -> new NotFound("guardPost", command.postId()));
		long schoolId = (Long) school[0];
		if (!caller.scope().coversSchool(schoolId, (String) school[1])) {
			throw new NotFound("guardPost", command.postId());
		}
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDateTime now = LocalDateTime.now(clock);
		// a phone may keep a check-in for days without signal, but not from the future
		if (command.checkedAt().isAfter(now.plusMinutes(10)) || command.checkedAt().isBefore(now.minusDays(7))) {
			errors.put("checkedAt", "surroundings.checkIn.when");
		}
		if ((command.latitude() == null) != (command.longitude() == null) || (command.latitude() != null
				&& (Math.abs(command.latitude()) > 90 || Math.abs(command.longitude()) > 180))) {
			errors.put("latitude", "surroundings.checkIn.position");
		}
		if (!errors.isEmpty()) {
			throw new BusinessRuleViolation(errors);
		}
		ClientSubmission stored = ClientSubmission.once(command.clientId(),
				() -> posts.insertCheckIn(command, schoolId, caller.accountId(), caller.displayName()),
				clientId -> posts.checkInByClientId(clientId, caller.accountId()));
		if (stored.created()) {
			if (photo != null) {
				StoredFile file = files.storePhoto("photo", photo.bytes(), photo.name(), schoolId, (String) school[1]);
				posts.setPhoto(stored.id(), file.id());
			}
			events.publishEvent(EntityChanged.created("surroundings_checkin", stored.id(), (String) school[1], schoolId,
					Map.of("post", command.postId(), "at", command.checkedAt().toString(), "photo", photo != null)));
		}
		else if (posts.checkIn(stored.id()).postId() != command.postId()) {
			throw new BusinessRuleViolation("clientId", "surroundings.checkIn.clientIdReused");
		}
		return new Received(posts.checkIn(stored.id()), stored.created());
	}

	/** The stored check-in and whether this call stored it. */
	public record Received(CheckIn checkIn, boolean created) {
	}

}
