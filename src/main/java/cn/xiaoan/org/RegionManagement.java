package cn.xiaoan.org;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.RegionCommands.AddRegion;
import cn.xiaoan.org.RegionCommands.LoadResult;
import cn.xiaoan.org.RegionCommands.MoveSchool;
import cn.xiaoan.org.RegionCommands.RenameRegion;
import cn.xiaoan.org.RegionCommands.RetireRegion;
import cn.xiaoan.org.RegionCommands.Retirement;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.RegionCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of the region tree without SQL: load a province from the shipped
 * division table, add, rename, retire or merge a region, move a school to another region.
 * Every change keeps its history (who, when, why) and is audited.
 */
@Service
@Transactional
public class RegionManagement {

	/**
	 * Reason recorded for what the division table changed (a message key, see
	 * RegionRules).
	 */
	static final String LOADED = "#region.reason.load";

	private final RegionStore store;

	private final Divisions divisions;

	private final OrgManagement org;

	private final ApplicationEventPublisher events;

	RegionManagement(RegionStore store, Divisions divisions, OrgManagement org, ApplicationEventPublisher events) {
		this.store = store;
		this.divisions = divisions;
		this.org = org;
		this.events = events;
	}

	/** The provinces of the shipped division table. */
	@Transactional(readOnly = true)
	public List<Region> catalogue() {
		RegionRules.administrator();
		return divisions.provinces();
	}

	/**
	 * Adds the regions of a province that are missing and renames those whose name
	 * changed; a second run adds nothing. Retired regions are left as they are.
	 */
	public LoadResult loadProvince(String provinceCode, boolean townships) {
		CurrentUser caller = RegionRules.administrator();
		List<Region> table = divisions.province(provinceCode, townships);
		if (table.isEmpty()) {
			throw new NotFound("province", provinceCode);
		}
		RegionRules.requireLoad(caller, provinceCode);
		Map<String, Region> existing = store.under(RegionCode.of(provinceCode).prefix());
		List<Region> added = new ArrayList<>();
		Map<String, Object> before = new LinkedHashMap<>();
		Map<String, Object> after = new LinkedHashMap<>();
		int unchanged = 0;
		for (Region region : table) {
			Region known = existing.get(region.code());
			if (known == null) {
				added.add(region);
			}
			else if (!known.retired() && !known.name().equals(region.name())) {
				store.rename(region.code(), known.name(), region.name(), LOADED, caller);
				before.put(region.code(), known.name());
				after.put(region.code(), region.name());
			}
			else {
				unchanged++;
			}
		}
		store.add(added, LOADED, caller);
		LoadResult result = new LoadResult(added.size(), after.size(), unchanged);
		after.put("added", result.added());
		after.put("townships", townships);
		events.publishEvent(new EntityChanged("region", provinceCode, "LOAD", provinceCode, null, before, after));
		return result;
	}

	public Region add(AddRegion command) {
		CurrentUser caller = RegionRules.administrator();
		String name = RegionRules.text("name", command.name(), 64);
		String code = command.code();
		String problem = RegionRules.placementProblem(code, command.parentCode());
		if (problem != null) {
			throw new BusinessRuleViolation(problem.equals("region.code.invalid") ? "code" : "parentCode", problem);
		}
		RegionRules.requireBelow(caller, code);
		if (store.find(code).isPresent()) {
			throw new BusinessRuleViolation("code", "region.code.taken");
		}
		if (command.parentCode() != null) {
			Region parent = store.find(command.parentCode())
				.orElseThrow(() -> new BusinessRuleViolation("parentCode", "region.parent.unknown"));
			if (parent.retired()) {
				throw new BusinessRuleViolation("parentCode", "region.retired");
			}
			if (!RegionRules.isNearestAncestor(code, parent.code(),
					c -> store.find(c).filter(r -> !r.retired()).isPresent())) {
				throw new BusinessRuleViolation("parentCode", "region.parent.notnearest");
			}
		}
		Region region = new Region(code, name, RegionCode.of(code).level(), command.parentCode());
		store.add(List.of(region), "", caller);
		events.publishEvent(EntityChanged.created("region", code, code, null, view(region)));
		return region;
	}

	public Region rename(String code, RenameRegion command) {
		CurrentUser caller = RegionRules.administrator();
		RegionRules.requireBelow(caller, code);
		Region region = activeRegion(code, "name");
		String name = RegionRules.text("name", command.name(), 64);
		String reason = RegionRules.text("reason", command.reason(), 200);
		if (name.equals(region.name())) {
			throw new BusinessRuleViolation("name", "region.name.same");
		}
		store.rename(code, region.name(), name, reason, caller);
		events.publishEvent(EntityChanged.updated("region", code, code, null, Map.of("name", region.name()),
				Map.of("name", name, "reason", reason)));
		return store.find(code).orElseThrow();
	}

	/**
	 * Retires a region. With a successor this is a merge: the successor takes the
	 * region's schools, and its child regions — those whose codes lie under the successor
	 * move there, the others are merged into it too (a bureau sees schools by code
	 * prefix, so a child left under a foreign code would drop out of the successor's
	 * scope).
	 */
	public Retirement retire(String code, RetireRegion command) {
		CurrentUser caller = RegionRules.administrator();
		RegionRules.requireBelow(caller, code);
		Region region = activeRegion(code, "successorCode");
		String reason = RegionRules.text("reason", command.reason(), 200);
		String successor = command.successorCode();
		if (successor == null) {
			if (!store.activeChildren(code).isEmpty() || store.hasSchoolsUnder(region.prefix())) {
				throw new BusinessRuleViolation("successorCode", "region.successor.required");
			}
			retireOne(region, null, reason, caller);
			return new Retirement(code, null, 0, 0, 0);
		}
		Region target = store.find(successor)
			.orElseThrow(() -> new BusinessRuleViolation("successorCode", "region.code.unknown"));
		if (target.retired()) {
			throw new BusinessRuleViolation("successorCode", "region.retired");
		}
		if (successor.equals(code) || RegionCode.of(code).contains(successor)) {
			throw new BusinessRuleViolation("successorCode", "region.successor.below");
		}
		if (!caller.scope().coversRegion(successor)) {
			throw new BusinessRuleViolation("successorCode", "region.code.outofscope");
		}
		int[] counts = new int[3];
		merge(region, target, reason, caller, counts);
		return new Retirement(code, successor, counts[0], counts[1], counts[2]);
	}

	private void merge(Region region, Region successor, String reason, CurrentUser caller, int[] counts) {
		for (Region child : store.activeChildren(region.code())) {
			if (RegionCode.of(successor.code()).contains(child.code())) {
				store.reparent(child.code(), region.code(), successor.code(), reason, caller);
				events.publishEvent(EntityChanged.updated("region", child.code(), child.code(), null,
						Map.of("parentCode", region.code()), Map.of("parentCode", successor.code(), "reason", reason)));
				counts[1]++;
			}
			else {
				merge(child, successor, reason, caller, counts);
				counts[2]++;
			}
		}
		for (long school : store.schoolsAt(region.code())) {
			moveSchool(school, region.code(), successor.code(), reason, caller);
			counts[0]++;
		}
		retireOne(region, successor.code(), reason, caller);
	}

	private void retireOne(Region region, String successor, String reason, CurrentUser caller) {
		store.retire(region.code(), successor, reason, caller);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("retired", true);
		after.put("successorCode", successor == null ? "" : successor);
		after.put("reason", reason);
		events.publishEvent(
				EntityChanged.updated("region", region.code(), region.code(), null, Map.of("retired", false), after));
	}

	/**
	 * Moves a school of the caller's scope to another region of it; the move and its
	 * reason show on the school's page. School staff cannot move their own school.
	 */
	public SchoolSummary moveSchool(long schoolId, MoveSchool command) {
		CurrentUser caller = Callers.current().require(Permission.SCHOOL_EDIT);
		if (caller.atOneSchool()) {
			throw new AccessDenied("school staff do not move their school");
		}
		SchoolSummary school = org.school(schoolId);
		String target = command.regionCode() == null ? "" : command.regionCode().trim();
		org.checkRegion(caller, target);
		if (target.equals(school.regionCode())) {
			throw new BusinessRuleViolation("regionCode", "school.move.same");
		}
		moveSchool(schoolId, school.regionCode(), target, RegionRules.text("reason", command.reason(), 200), caller);
		return org.school(schoolId);
	}

	private void moveSchool(long schoolId, String from, String to, String reason, CurrentUser caller) {
		store.moveSchool(schoolId, from, to, reason, caller);
		events.publishEvent(EntityChanged.updated("school", schoolId, to, schoolId, Map.of("regionCode", from),
				Map.of("regionCode", to, "reason", reason)));
	}

	private Region activeRegion(String code, String field) {
		Region region = store.find(code).orElseThrow(() -> new NotFound("region", code));
		if (region.retired()) {
			throw new BusinessRuleViolation(field, "region.retired");
		}
		return region;
	}

	private static Map<String, Object> view(Region region) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("code", region.code());
		view.put("name", region.name());
		view.put("level", region.level().name());
		view.put("parentCode", region.parentCode() == null ? "" : region.parentCode());
		return view;
	}

}
