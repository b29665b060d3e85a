package cn.xiaoan.duty;

import java.util.List;

import cn.xiaoan.org.SchoolSummary;

/**
 * A school's signing in the running school year: one row per staff member, and the
 * figures of the rate (signed ÷ holding at least one post).
 */
public record SchoolSigning(SchoolSummary school, String schoolYear, List<Row> rows) {

	/** A staff member, the names of their posts and where their signing stands. */
	public record Row(Holder holder, List<String> postNames, Holder.Signing signing) {

		/** The post names as Chinese lists them (顿号). */
		public String postList() {
			return String.join("、", postNames);
		}

	}

	public long holding() {
		return rows.stream().filter(r -> r.signing() != Holder.Signing.NO_POSTS).count();
	}

	public long signed() {
		return rows.stream().filter(r -> r.signing() == Holder.Signing.SIGNED).count();
	}

	public List<Row> unsigned() {
		return rows.stream().filter(r -> r.signing().needsSigning()).toList();
	}

	/**
	 * Signed in percent of those holding a post, one decimal; 0 when nobody holds one.
	 */
	public double rate() {
		return holding() == 0 ? 0 : Math.round(signed() * 1000.0 / holding()) / 10.0;
	}

}
