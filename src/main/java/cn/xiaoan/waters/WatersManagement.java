package cn.xiaoan.waters;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.file.Files;
import cn.xiaoan.file.StoredFile;
import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolField;
import cn.xiaoan.org.SchoolSearch;
import cn.xiaoan.org.SchoolSummary;
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
 * The key waters register's API: a township registers and keeps its waters, the county
 * and the schools near a water read them. Every call checks the caller's role and scope.
 */
@Service
@Transactional
public class WatersManagement {

	/** Read the key waters of the scope (a school: those near it). */
	public static final Permission WATERS_READ = Permission.grantedTo("WATERS_READ", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER, Role.HEAD_TEACHER, Role.TEACHER);

	/** Keep the register: the township's (or a bureau above it). */
	public static final Permission WATERS_EDIT = Permission.grantedTo("WATERS_EDIT", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER);

	/**
	 * Record a patrol at a water one sees: the township's people and the nearby schools'
	 * staff.
	 */
	public static final Permission WATERS_PATROL = Permission.grantedTo("WATERS_PATROL", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER, Role.HEAD_TEACHER, Role.TEACHER);

	private final Waters waters;

	private final Patrols patrols;

	private final WaterAccess access;

	private final OrgManagement org;

	private final Files files;

	private final ApplicationEventPublisher events;

	private final SchoolSearch schoolSearch;

	WatersManagement(Waters waters, Patrols patrols, WaterAccess access, OrgManagement org, Files files,
			ApplicationEventPublisher events, SchoolSearch schoolSearch) {
		this.schoolSearch = schoolSearch;
		this.waters = waters;
		this.patrols = patrols;
		this.access = access;
		this.org = org;
		this.files = files;
		this.events = events;
	}

	/** Registers a key water in the caller's township (or one below its region). */
	public WaterSummary register(RegisterWater command) {
		CurrentUser caller = Callers.current().require(WATERS_EDIT);
		String region = WaterAccess.township(caller, command.regionCode());
		Outline outline = Outline.parse(command.outline());
		Map<Long, String[]> schools = schools(command.schools());
		long id = waters.insert(region, command, outline, caller.accountId());
		waters.replaceSchools(id, command.schools(), schools);
		events.publishEvent(EntityChanged.created("water", id, region, null, fields(command)));
		return waters.summary(id);
	}

	/** Corrects a water of the caller's register. */
	public WaterSummary update(long id, RegisterWater command) {
		CurrentUser caller = Callers.current().require(WATERS_EDIT);
		String region = access.editable(caller, id);
		Outline outline = Outline.parse(command.outline());
		Map<Long, String[]> schools = schools(command.schools());
		WaterSummary before = waters.summary(id);
		waters.update(id, command, outline);
		waters.replaceSchools(id, command.schools(), schools);
		events.publishEvent(EntityChanged.updated("water", id, region, null,
				Map.of("name", before.name(), "risk", before.riskLevel().name()), fields(command)));
		return waters.summary(id);
	}

	/** The key waters the caller sees: its region's, or a school's nearby ones. */
	@Transactional(readOnly = true)
	public List<WaterSummary> list() {
		CurrentUser caller = Callers.current().require(WATERS_READ);
		DataScope scope = caller.scope();
		return waters.list(scope.sqlRegionPrefix(), scope.kind() == DataScope.Kind.SCHOOL ? scope.schoolId() : null);
	}

	/**
	 * A water the caller sees, with its schools, photos (which the schools near it open
	 * through {@link WaterFiles}), schedules, patrols and findings.
	 */
	@Transactional(readOnly = true)
	public WaterDetail detail(long id) {
		CurrentUser caller = Callers.current().require(WATERS_READ);
		String region = access.visible(caller, id);
		String[] extra = waters.phoneAndEquipment(id);
		boolean editable = WaterAccess.keeps(caller, region);
		return new WaterDetail(waters.summary(id), org.regionNames().getOrDefault(region, region), waters.outline(id),
				extra[0], extra[1], waters.schools(id), waters.photos(id), patrols.schedules(id),
				patrols.ofWater(id, 50), patrols.findingsOf(id), editable);
	}

	/**
	 * A photo of the water's signs or rescue equipment, kept with the township's files.
	 */
	public void addPhoto(long id, byte[] bytes, String fileName) {
		CurrentUser caller = Callers.current().require(WATERS_EDIT);
		String region = access.editable(caller, id);
		StoredFile file = files.storePhoto("photo", bytes, fileName, null, region);
		waters.addPhoto(id, file.id());
		events.publishEvent(EntityChanged.created("water_photo", file.id(), region, null, Map.of("water", id)));
	}

	/**
	 * The schools the caller's register may name, those of its scope: all of them for a
	 * small scope, else those {@code chosen} (in the scope) and a search for more.
	 */
	@Transactional(readOnly = true)
	public SchoolField schoolField(Object chosen) {
		Callers.current().require(WATERS_EDIT);
		return schoolSearch.field(chosen);
	}

	private Map<Long, String[]> schools(List<NearbySchool> nearby) {
		Map<Long, String[]> found = new HashMap<>();
		if (new HashSet<>(nearby.stream().map(NearbySchool::schoolId).toList()).size() < nearby.size()) {
			throw new BusinessRuleViolation("schools", "waters.schools.twice");
		}
		for (NearbySchool s : nearby) {
			if ((s.longitude() == null) != (s.latitude() == null)) {
				throw new BusinessRuleViolation("schools", "waters.schools.position");
			}
			SchoolSummary school = org.school(s.schoolId());
			found.put(s.schoolId(), new String[] { school.name(), school.regionCode() });
		}
		return found;
	}

	private static Map<String, Object> fields(RegisterWater c) {
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("name", c.name());
		after.put("kind", c.kind().name());
		after.put("risk", c.riskLevel().name());
		after.put("owner", c.ownerUnit());
		after.put("schools", c.schools().size());
		return after;
	}

}
