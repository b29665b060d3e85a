package cn.xiaoan.duty;

import java.time.OffsetDateTime;
import java.util.List;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo and load generation only (the system administrator): signs the current lists of a
 * share of a school's holders at once with signatures validated like any other, so the
 * rates of many schools are realistic without drawing thousands of signatures one by one.
 */
@Service
@Transactional
public class DutyBulkSigning {

	private final JdbcClient jdbc;

	DutyBulkSigning(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Signs the lists of {@code share} (0..1) of the school's holders, picked by a stable
	 * hash of their id, with the given signature images in turn; returns how many.
	 */
	public int signShare(long schoolId, double share, List<byte[]> drawn, OffsetDateTime at) {
		if (Callers.current().role() != Role.SYSTEM_ADMIN) {
			throw new AccessDenied("bulk signing is for generating data");
		}
		List<SignatureImage> images = drawn.stream().map(SignatureImage::of).toList();
		List<Long> ids = jdbc.sql("""
				select staff_id from duty.holder where school_id = :s and version <> ''
				order by hashtext(staff_id::text)""").param("s", schoolId).query(Long.class).list();
		int count = (int) Math.round(ids.size() * Math.max(0, Math.min(1, share)));
		for (int i = 0; i < count; i++) {
			SignatureImage image = images.get(i % images.size());
			jdbc.sql("""
					with h as (
					    update duty.holder set signed_version = version, signed_at = :at where staff_id = :id
					    returning staff_id, school_id, version)
					insert into duty.signature (staff_id, school_id, version, signed_at, png, width, height, posts)
					select staff_id, school_id, version, :at, :png, :w, :h, '' from h""")
				.param("id", ids.get(i))
				.param("at", at.minusMinutes(i * 7L))
				.param("png", image.png())
				.param("w", image.width())
				.param("h", image.height())
				.update();
		}
		return count;
	}

}
