package cn.xiaoan.hazard;

import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The ledger's own addresses from the one it is showing: another page, size or order of
 * the same filtered list, and the way back to it from a hazard ({@code back}).
 */
final class LedgerLinks {

	/**
	 * A way back the hazard's page accepts: the ledger or the 督办 page with any query, and
	 * nothing else (no other site, no script).
	 */
	private static final Pattern BACK = Pattern.compile("/hazards(/supervised)?(\\?[^\\s\\\\#]*)?");

	private final String current;

	/** The list at {@code path} with the request's parameters (name → values). */
	LedgerLinks(String path, Map<String, String[]> parameters) {
		UriComponentsBuilder list = UriComponentsBuilder.fromPath(path);
		parameters.forEach((name, values) -> list.queryParam(name, (Object[]) values));
		this.current = list.build().encode().toUriString();
	}

	/** The list as it is shown now (with its filters, order and page). */
	public String current() {
		return current;
	}

	public String page(int page) {
		return with("page", String.valueOf(page));
	}

	/** The first page in {@code size} rows. */
	public String size(int size) {
		return builder().replaceQueryParam("size", size).replaceQueryParam("page").build(true).toUriString();
	}

	/** The first page ordered by {@code column} in {@code dir}. */
	public String sort(String column, String dir) {
		return builder().replaceQueryParam("sort", column)
			.replaceQueryParam("dir", dir)
			.replaceQueryParam("page")
			.build(true)
			.toUriString();
	}

	/** The first page of the same filters narrowed to one school. */
	public String school(Object schoolId) {
		return builder().replaceQueryParam("schoolId", schoolId).replaceQueryParam("page").build(true).toUriString();
	}

	/** The first page of the same filters narrowed to one region (no school). */
	public String region(String code) {
		return builder().replaceQueryParam("region", code)
			.replaceQueryParam("schoolId")
			.replaceQueryParam("page")
			.build(true)
			.toUriString();
	}

	/** The hazard's page, with the way back to this list. */
	public String hazard(long id) {
		// a variable is encoded whole, so the list's own & and = stay inside "back"
		return UriComponentsBuilder.fromPath("/hazards/{id}")
			.queryParam("back", "{back}")
			.encode()
			.buildAndExpand(id, current)
			.toUriString();
	}

	/** {@code back} if it leads to a ledger page, else the ledger itself. */
	static String back(String back) {
		return back != null && BACK.matcher(back).matches() ? back : "/hazards";
	}

	private String with(String name, String value) {
		return builder().replaceQueryParam(name, value).build(true).toUriString();
	}

	private UriComponentsBuilder builder() {
		return UriComponentsBuilder.fromUriString(current);
	}

}
