package cn.xiaoan.duty;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A staff member holding duty posts, and where their signing stands: the list they must
 * sign is the one of {@code version}; a signature counts while it is of that version and
 * made in the running school year.
 */
public record Holder(long staffId, long schoolId, String regionCode, String name, String hrPost, boolean postsEdited,
		String version, String signedVersion, OffsetDateTime signedAt, Set<String> posts) {

	public Holder {
		posts = Set.copyOf(posts);
	}

	/** Where a person's signing stands. */
	public enum Signing {

		/** Holds no post: nothing to sign, not counted in the rate. */
		NO_POSTS,
		/** Never signed a list. */
		UNSIGNED,
		/** Signed an earlier version: the list changed since. */
		CHANGED,
		/** Signed this version, in an earlier school year. */
		NEW_YEAR,
		/** Signed this version this school year. */
		SIGNED;

		public String messageKey() {
			return "duty.signing." + name();
		}

		public boolean needsSigning() {
			return this != NO_POSTS && this != SIGNED;
		}

	}

	/**
	 * The state of the person's signing in the school year that started at
	 * {@code yearStart}.
	 */
	public Signing signing(OffsetDateTime yearStart) {
		if (version.isEmpty()) {
			return Signing.NO_POSTS;
		}
		if (signedVersion == null || signedAt == null) {
			return Signing.UNSIGNED;
		}
		if (!signedVersion.equals(version)) {
			return Signing.CHANGED;
		}
		return signedAt.isBefore(yearStart) ? Signing.NEW_YEAR : Signing.SIGNED;
	}

}
