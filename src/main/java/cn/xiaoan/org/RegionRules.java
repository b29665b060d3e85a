package cn.xiaoan.org;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.RegionCode;

/**
 * Who may change which region, and where a code may sit in the tree. A bureau administers
 * what lies strictly below its own region: a county adds, renames and retires its
 * townships, never the county itself or a neighbour.
 */
final class RegionRules {

	private RegionRules() {
	}

	static CurrentUser administrator() {
		return Callers.current().require(OrgManagement.REGION_ADMIN);
	}

	/**
	 * A region outside the caller's scope is not found; the caller's own region (or one
	 * above it) is refused.
	 */
	static void requireBelow(CurrentUser caller, String code) {
		DataScope scope = caller.scope();
		if (scope.kind() == DataScope.Kind.ALL) {
			return;
		}
		if (!RegionCode.isValid(code) || !scope.coversRegion(code)) {
			throw new NotFound("region", code);
		}
		if (code.equals(RegionCode.fromPrefix(scope.regionPrefix()).value())) {
			throw new AccessDenied("a bureau does not administer its own region " + code);
		}
	}

	/** The system administrator loads any province, a province's bureau its own. */
	static void requireLoad(CurrentUser caller, String provinceCode) {
		DataScope scope = caller.scope();
		if (scope.kind() == DataScope.Kind.ALL) {
			return;
		}
		if (!scope.coversRegion(provinceCode)) {
			throw new NotFound("region", provinceCode);
		}
	}

	/**
	 * The message key of what is wrong with placing {@code code} under
	 * {@code parentCode}, or null: a province has no parent, everything else sits below a
	 * region of a higher level whose code it starts with (450422100 under 450422, 429004
	 * under 420000).
	 */
	static String placementProblem(String code, String parentCode) {
		if (!RegionCode.isValid(code)) {
			return "region.code.invalid";
		}
		RegionCode region = RegionCode.of(code);
		boolean noParent = parentCode == null || parentCode.isBlank();
		if (region.level() == RegionCode.Level.PROVINCE) {
			return noParent ? null : "region.parent.notabove";
		}
		if (noParent) {
			return "region.parent.required";
		}
		if (!RegionCode.isValid(parentCode)) {
			return "region.parent.notabove";
		}
		RegionCode parent = RegionCode.of(parentCode);
		if (parent.level().ordinal() >= region.level().ordinal() || !code.startsWith(parent.prefix())) {
			return "region.parent.notabove";
		}
		return null;
	}

	/**
	 * Is {@code parentCode} the nearest region in use above {@code code}? A township of
	 * 藤县 hangs from 450422, not from 梧州 450400, once 450422 exists; 仙桃 429004 hangs from
	 * 湖北 420000 because the table has no 429000.
	 */
	static boolean isNearestAncestor(String code, String parentCode, Predicate<String> inUse) {
		for (String ancestor : naturalAncestors(code)) {
			if (ancestor.equals(parentCode)) {
				return true;
			}
			if (inUse.test(ancestor)) {
				return false;
			}
		}
		return false;
	}

	/**
	 * The codes that may lie above a code, nearest first: 450422100 → 450422, 450400,
	 * 450000.
	 */
	static List<String> naturalAncestors(String code) {
		Set<String> ancestors = new LinkedHashSet<>();
		if (code.length() == 9) {
			ancestors.add(code.substring(0, 6));
		}
		ancestors.add(code.substring(0, 4) + "00");
		ancestors.add(code.substring(0, 2) + "0000");
		ancestors.remove(code);
		return List.copyOf(ancestors);
	}

	/**
	 * Reasons the system records itself (a province loaded, a spreadsheet imported) are
	 * stored as "#" and a message key so that each reader sees them in their language;
	 * answers that key, or null for a reason a person typed.
	 */
	static String reasonKey(String reason) {
		return reason != null && reason.startsWith("#") ? reason.substring(1) : null;
	}

	/** Trimmed text, refused when blank or longer than {@code max}. */
	static String text(String field, String value, int max) {
		String trimmed = value == null ? "" : value.trim();
		if (trimmed.isEmpty()) {
			throw new BusinessRuleViolation(field, "region.field.required");
		}
		if (trimmed.length() > max) {
			throw new BusinessRuleViolation(field, "region.field.toolong");
		}
		return trimmed;
	}

}
