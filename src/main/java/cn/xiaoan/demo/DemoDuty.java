package cn.xiaoan.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.imageio.ImageIO;

import cn.xiaoan.duty.DutyAssignments;
import cn.xiaoan.duty.DutyBulkSigning;
import cn.xiaoan.duty.DutyGrid;
import cn.xiaoan.duty.DutyManagement;
import cn.xiaoan.duty.DutyPost;
import cn.xiaoan.duty.Holder;
import cn.xiaoan.duty.NewGridArea;
import cn.xiaoan.duty.SchoolSigning;
import cn.xiaoan.people.NewStaff;
import cn.xiaoan.platform.CallerAuthentication;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Role;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Responsibility lists of the demo: every 梧州 school's staff hold the posts of their staff
 * post; at the demo school a few teachers carry extra posts, the areas of its campus plan
 * have a responsible person and a deputy, and most staff have signed with a signature
 * drawn here and sent through the API (the demo accounts principal, safety and
 * headteacher have not, so a journey can sign). Elsewhere 45–95 % have signed.
 */
@Component
class DemoDuty {

	/** The staff post whose holder looks after each zone of the demo campus. */
	private static final Map<String, String> KEEPER = Map.of("校门", "GUARD", "学生食堂", "CANTEEN", "学生宿舍", "DORMITORY",
			"配电房", "LOGISTICS", "教学楼", "HEAD_TEACHER", "实验楼", "TEACHER", "运动场", "TEACHER", "体育馆", "TEACHER");

	private static final Set<String> UNSIGNED_ACCOUNTS = Set.of("principal", "safety", "headteacher");

	private final DutyAssignments assignments;

	private final DutyManagement duty;

	private final DutyGrid grid;

	private final DutyBulkSigning bulk;

	DemoDuty(DutyAssignments assignments, DutyManagement duty, DutyGrid grid, DutyBulkSigning bulk) {
		this.assignments = assignments;
		this.duty = duty;
		this.grid = grid;
		this.bulk = bulk;
	}

	void seed(DemoSchool demo, List<DemoSchool> schools) {
		Random random = new Random(20261204L);
		OffsetDateTime now = OffsetDateTime.now(DemoHazards.BEIJING);
		List<byte[]> scribbles = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			scribbles.add(signature(random));
		}
		as(system(), () -> {
			for (DemoSchool school : schools) {
				if (!school.school.regionCode().startsWith("4504")) {
					continue;
				}
				assignments.syncSchool(school.id);
				if (school != demo) {
					bulk.signShare(school.id, 0.45 + (school.id % 11) * 0.05, scribbles, now.minusDays(school.id % 20));
				}
			}
			extraPosts(demo);
			areas(demo);
		});
		SchoolSigning signing = as(system(), () -> assignments.signing(demo.id));
		Set<String> unsigned = new LinkedHashSet<>();
		demo.staff.stream()
			.filter(s -> s.accountUsername() != null && UNSIGNED_ACCOUNTS.contains(s.accountUsername()))
			.forEach(s -> unsigned.add(s.name()));
		int index = 0;
		for (SchoolSigning.Row row : signing.rows()) {
			index++;
			Holder h = row.holder();
			if (h.version().isEmpty() || unsigned.contains(h.name()) || index % 9 == 4) {
				continue;
			}
			CurrentUser person = new CurrentUser(0, "demo", h.name(), Role.TEACHER,
					DataScope.school(h.schoolId(), h.regionCode()), h.staffId(), false);
			as(person, () -> duty.sign(signature(random), h.version()));
		}
	}

	/** A few teachers of the demo school carry a second post (实验、体育、信息…). */
	private void extraPosts(DemoSchool demo) {
		List<DutyPost> extra = assignments.schoolPosts(demo.id).stream().filter(p -> p.hrPost() == null).toList();
		List<Holder> teachers = assignments.signing(demo.id)
			.rows()
			.stream()
			.map(SchoolSigning.Row::holder)
			.filter(h -> "TEACHER".equals(h.hrPost()))
			.toList();
		for (int i = 0; i < Math.min(extra.size(), Math.min(4, teachers.size())); i++) {
			Set<String> posts = new LinkedHashSet<>(teachers.get(i).posts());
			posts.add(extra.get(i).code());
			assignments.assign(demo.id, teachers.get(i).staffId(), posts);
		}
	}

	/**
	 * The zones of the demo campus, each with a keeper by staff post and the safety
	 * office head as deputy.
	 */
	private void areas(DemoSchool demo) {
		List<Holder> staff = assignments.signing(demo.id).rows().stream().map(SchoolSigning.Row::holder).toList();
		String headTeacher = demo.staff.stream()
			.filter(s -> "headteacher".equals(s.accountUsername()))
			.map(NewStaff::name)
			.findFirst()
			.orElse("");
		Holder deputy = staff.stream().filter(h -> "SAFETY_DIRECTOR".equals(h.hrPost())).findFirst().orElse(null);
		int n = 0;
		for (var zone : KEEPER.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
			String post = zone.getValue();
			int skip = n++;
			Holder keeper = staff.stream()
				.filter(h -> post.equals(h.hrPost()))
				.filter(h -> !post.equals("HEAD_TEACHER") || h.name().equals(headTeacher))
				.skip(post.equals("TEACHER") ? skip % 3 : 0)
				.findFirst()
				.orElse(null);
			if (keeper == null) {
				continue;
			}
			Long deputyId = deputy == null || deputy.staffId() == keeper.staffId() ? null : deputy.staffId();
			String floor = zone.getKey().equals("教学楼") ? "二楼" : "";
			String area = zone.getKey().equals("教学楼") ? "东侧楼梯及走廊" : "全域";
			grid.add(demo.id, new NewGridArea(zone.getKey(), floor, area, keeper.staffId(), deputyId, null, null));
		}
	}

	/** A handwritten-looking signature: a few joined strokes of a pen, 360×120. */
	static byte[] signature(Random random) {
		BufferedImage image = new BufferedImage(360, 120, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(new Color(20, 20, 30));
		g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		double x = 30 + random.nextInt(20);
		for (int stroke = 0; stroke < 3 + random.nextInt(2); stroke++) {
			double w = 50 + random.nextInt(40);
			g.draw(new CubicCurve2D.Double(x, 60 + random.nextInt(30), x + w * 0.3, 10 + random.nextInt(30),
					x + w * 0.7, 90 + random.nextInt(25), x + w, 40 + random.nextInt(40)));
			x += w * 0.8;
		}
		g.drawLine(40, 100, (int) Math.min(340, x), 95);
		g.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CurrentUser system() {
		return new CurrentUser(0, "system", "系统", Role.SYSTEM_ADMIN, DataScope.all(), null, false);
	}

	private static void as(CurrentUser user, Runnable call) {
		as(user, () -> {
			call.run();
			return null;
		});
	}

	private static <T> T as(CurrentUser user, java.util.function.Supplier<T> call) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new CallerAuthentication(user));
		SecurityContextHolder.setContext(context);
		try {
			return call.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
