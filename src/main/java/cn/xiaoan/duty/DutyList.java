package cn.xiaoan.duty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A person's responsibility list: the duties of the posts they hold and the procedures
 * those posts carry, with its {@code version}, a fingerprint of the content: any change
 * of a duty, a step, a title or the posts held gives a new version, which must be signed
 * again. A list of no post has the empty version.
 */
public record DutyList(List<DutyPost> posts, List<DutyProcedure> routine, List<DutyProcedure> emergency,
		String version) {

	/**
	 * The list of these posts (codes) at a unit's catalogue; unknown codes are skipped.
	 */
	static DutyList of(Set<String> postCodes, Catalogue.View view) {
		List<DutyPost> posts = view.posts().values().stream().filter(p -> postCodes.contains(p.code())).toList();
		Set<String> codes = new LinkedHashSet<>();
		posts.forEach(p -> codes.addAll(view.proceduresOfPost().getOrDefault(p.code(), List.of())));
		List<DutyProcedure> procedures = view.procedures()
			.values()
			.stream()
			.filter(p -> codes.contains(p.code()))
			.toList();
		return new DutyList(posts, procedures.stream().filter(p -> !p.emergency()).toList(),
				procedures.stream().filter(DutyProcedure::emergency).toList(), fingerprint(posts, procedures));
	}

	public boolean empty() {
		return posts.isEmpty();
	}

	static String fingerprint(List<DutyPost> posts, List<DutyProcedure> procedures) {
		if (posts.isEmpty()) {
			return "";
		}
		StringBuilder content = new StringBuilder();
		for (DutyPost p : posts) {
			content.append("P|").append(p.code()).append('|').append(p.nameZh()).append('\n');
			p.duties().forEach(d -> content.append("D|").append(d.text()).append('\n'));
		}
		for (DutyProcedure p : procedures) {
			content.append("C|").append(p.code()).append('|').append(p.titleZh()).append('\n');
			p.steps().forEach(s -> content.append("S|").append(s.text()).append('\n'));
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(content.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
