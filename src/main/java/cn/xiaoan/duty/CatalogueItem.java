package cn.xiaoan.duty;

/**
 * One line of a post's duties or of a procedure's steps as a school sees it: its key
 * ({@code N3} the national catalogue's third line, {@code A17} added by adaptation 17),
 * its text, and the unit that last changed it ("" when national).
 */
public record CatalogueItem(String key, String text, String adaptedBy) {

	public boolean adapted() {
		return !adaptedBy.isEmpty();
	}

}
