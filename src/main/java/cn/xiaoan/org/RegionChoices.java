package cn.xiaoan.org;

import java.util.List;
import java.util.Objects;

import cn.xiaoan.shared.RegionCode;

/**
 * The regions a bureau's region filter offers: those one level below the chosen region
 * (or below the caller's own), and the chosen one with its parents, so that one goes down
 * a level at a time or back up. A province has 1,400 regions; one list of them all was 63
 * KB of a page.
 */
public final class RegionChoices {

	private RegionChoices() {
	}

	/**
	 * @param inScope the caller's regions ({@link OrgManagement#regionsInScope()})
	 * @param scopePrefix the caller's region prefix, empty for the whole country
	 * @param chosenPrefix the prefix of the chosen region, empty for none
	 */
	public static List<Region> of(List<Region> inScope, String scopePrefix, String chosenPrefix) {
		String chosen = chosenPrefix == null ? "" : chosenPrefix;
		String under = chosen.isEmpty() ? scopePrefix : chosen;
		String parent = under.isEmpty() ? null : RegionCode.fromPrefix(under).value();
		return inScope.stream()
			.filter(r -> Objects.equals(r.parentCode(), parent) && (parent != null || r.code().endsWith("0000"))
					|| !chosen.isEmpty() && chosen.startsWith(RegionCode.of(r.code()).prefix()))
			.toList();
	}

}
