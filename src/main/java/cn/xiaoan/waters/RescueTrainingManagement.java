package cn.xiaoan.waters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.xiaoan.file.Files;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolField;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolSearch;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.people.StaffView;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rescue-skill trainings of schools' staff (救援技能培训): a school leader or safety officer —
 * or a bureau for a school of its region — records a training of some of the school's
 * staff; the school, its head teachers and the bureaus above read the records and the
 * share of staff trained with a certificate valid today. Every call checks the caller's
 * role and scope; a school outside it does not exist.
 */
@Service
@Transactional
public class RescueTrainingManagement {

	/** Read the trainings and the shares of the scope's schools. */
	public static final Permission RESCUE_TRAINING_READ = Permission.grantedTo("RESCUE_TRAINING_READ",
			Role.BUREAU_ADMIN, Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER,
			Role.HEAD_TEACHER);

	/** Record a training: the school's leaders and safety officer, or a bureau above. */
	public static final Permission RESCUE_TRAINING_RECORD = Permission.grantedTo("RESCUE_TRAINING_RECORD",
			Role.BUREAU_ADMIN, Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER);

	private final Trainings trainings;

	private final OrgManagement org;

	private final PeopleManagement people;

	private final Files files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SchoolSearch schoolSearch;

	RescueTrainingManagement(Trainings trainings, OrgManagement org, PeopleManagement people, Files files,
			ApplicationEventPublisher events, Clock clock, SchoolSearch schoolSearch) {
		this.schoolSearch = schoolSearch;
		this.trainings = trainings;
		this.org = org;
		this.people = people;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a training of staff of one school in the caller's scope, with a photo of
	 * the certificate if given ({@code photo} may be null or empty).
	 */
	public long record(RecordTraining c, byte[] photo, String photoName) {
		CurrentUser caller = Callers.current().require(RESCUE_TRAINING_RECORD);
		SchoolSummary school = org.school(c.schoolId());
		LocalDate today = LocalDate.now(clock);
		if (c.trainedOn().isAfter(today)) {
			throw new BusinessRuleViolation("trainedOn", "waters.training.future");
		}
		if (c.validUntil() != null && c.validUntil().isBefore(c.trainedOn())) {
			throw new BusinessRuleViolation("validUntil", "waters.training.validBefore");
		}
		if (c.staffIds().isEmpty()) {
			throw new BusinessRuleViolation("staffIds", "waters.training.chooseStaff");
		}
		Map<Long, String> names = new LinkedHashMap<>();
		people.staff(school.id(), null).forEach(s -> names.put(s.id(), s.name()));
		Map<Long, String> trained = new LinkedHashMap<>();
		for (Long id : c.staffIds()) {
			if (!names.containsKey(id)) {
				throw new BusinessRuleViolation("staffIds", "waters.training.unknownStaff");
			}
			trained.put(id, names.get(id));
		}
		UUID photoId = photo == null || photo.length == 0 ? null
				: files.storePhoto("photo", photo, photoName, school.id(), school.regionCode()).id();
		long id = trainings.insert(c, school.name(), school.regionCode(), photoId, caller.accountId(), trained);
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("trainedOn", c.trainedOn().toString());
		fields.put("kind", c.kind().name());
		fields.put("trainer", c.trainer().trim());
		fields.put("hours", c.hours().toPlainString());
		fields.put("validUntil", c.validUntil() == null ? "" : c.validUntil().toString());
		fields.put("staff", String.join(", ", trained.values()));
		events.publishEvent(EntityChanged.created("waters_training", id, school.regionCode(), school.id(), fields));
		return id;
	}

	/** The staff of a school the caller may record a training for. */
	@Transactional(readOnly = true)
	public List<StaffView> staffChoices(long schoolId) {
		Callers.current().require(RESCUE_TRAINING_RECORD);
		org.school(schoolId);
		return people.staff(schoolId, null);
	}

	/**
	 * How the record form offers the schools a caller may record for: a school itself, a
	 * bureau the list of its scope or, with many schools, a search.
	 */
	@Transactional(readOnly = true)
	public SchoolField schoolField() {
		Callers.current().require(RESCUE_TRAINING_RECORD);
		return schoolSearch.field(null);
	}

	/** The share of staff trained, per school of the caller's scope. */
	@Transactional(readOnly = true)
	public List<TrainingShare> shares() {
		Callers.current().require(RESCUE_TRAINING_READ);
		return sharesOf(schools().stream().map(SchoolSummary::id).toList());
	}

	/**
	 * The share of staff trained of these schools, those outside the caller's scope left
	 * out (a school reads its own line only).
	 */
	@Transactional(readOnly = true)
	public List<TrainingShare> sharesOf(List<Long> schoolIds) {
		CurrentUser caller = Callers.current();
		List<TrainingShare> shares = new ArrayList<>();
		if (!caller.can(RESCUE_TRAINING_READ)) {
			return shares;
		}
		Map<Long, Object[]> valid = trainings.validOn(schoolIds, LocalDate.now(clock));
		for (long id : schoolIds) {
			SchoolSummary school = org.findSchool(id).orElse(null);
			if (school == null || !caller.scope().coversSchool(id, school.regionCode())) {
				continue;
			}
			List<StaffView> staff = people.staff(id, null);
			int trained = (int) staff.stream().filter(s -> valid.containsKey(s.id())).count();
			shares.add(new TrainingShare(id, school.name(), school.regionName(), trained, staff.size()));
		}
		return shares;
	}

	/** A school's staff, each trained (a certificate valid today) or not yet. */
	@Transactional(readOnly = true)
	public List<TrainedStaff> staffOf(long schoolId) {
		Callers.current().require(RESCUE_TRAINING_READ);
		org.school(schoolId);
		Map<Long, Object[]> valid = trainings.validOn(List.of(schoolId), LocalDate.now(clock));
		return people.staff(schoolId, null).stream().map(s -> {
			Object[] v = valid.get(s.id());
			return new TrainedStaff(s.id(), s.name(), s.postCode(), v != null, v == null ? null : (TrainingKind) v[0],
					v == null ? null : (LocalDate) v[1]);
		}).toList();
	}

	/** The trainings recorded in the caller's scope (or of one school of it). */
	@Transactional(readOnly = true)
	public List<TrainingRow> records(Long schoolId, int limit) {
		CurrentUser caller = Callers.current().require(RESCUE_TRAINING_READ);
		DataScope scope = caller.scope();
		Long school = schoolId;
		if (schoolId != null) {
			org.school(schoolId);
		}
		else if (scope.kind() == DataScope.Kind.SCHOOL || scope.kind() == DataScope.Kind.SELF) {
			school = scope.schoolId() == null ? -1L : scope.schoolId();
		}
		return trainings.list(scope.sqlRegionPrefix(), school, limit);
	}

	private List<SchoolSummary> schools() {
		CurrentUser caller = Callers.current();
		if (caller.scope().kind() == DataScope.Kind.SCHOOL) {
			return List.of(org.school(caller.scope().schoolId()));
		}
		return org.schoolsInScope(SchoolQuery.all());
	}

}
