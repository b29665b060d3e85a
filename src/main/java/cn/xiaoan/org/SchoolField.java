package cn.xiaoan.org;

import java.util.List;
import java.util.Set;

/**
 * How a form names a school for its caller ({@code fragments/school-picker}): a school's
 * staff have their own school fixed; a bureau with few schools picks from a plain list; a
 * bureau with more (a province holds 20,000) types part of a name or code and picks among
 * the matches ({@link SchoolSearch#matching}). {@code schools} holds the fixed school,
 * the whole list, or (in search mode) the schools already chosen, which are
 * {@code chosen}.
 */
public record SchoolField(Mode mode, List<SchoolChoice> schools, Set<Long> chosen) {

	public enum Mode {

		FIXED, LIST, SEARCH

	}

	public boolean fixed() {
		return mode == Mode.FIXED;
	}

	public boolean listed() {
		return mode == Mode.LIST;
	}

	public boolean searched() {
		return mode == Mode.SEARCH;
	}

	/** Was this school chosen already (a form shown again after an error, or an edit)? */
	public boolean chose(long id) {
		return chosen.contains(id);
	}

}
