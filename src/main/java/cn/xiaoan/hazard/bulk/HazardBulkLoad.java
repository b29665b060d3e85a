package cn.xiaoan.hazard.bulk;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import cn.xiaoan.hazard.HazardReplay;
import cn.xiaoan.shared.CopyRows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many hazards with COPY for the demo and scale data generators (no caller, no
 * scope check: not reachable from a request). Each is told as a {@link HazardStory} and
 * played through the lifecycle rules first, so generated data obeys them as real use
 * does.
 */
@Component
public class HazardBulkLoad {

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	public HazardBulkLoad(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/**
	 * After a large load, outside any transaction: sets the visibility map (index-only
	 * scans of open hazards) and the planner's statistics, as autovacuum would later.
	 */
	public void analyze() {
		jdbc.sql("vacuum (analyze) hazard.hazard, hazard.tally_county, hazard.tally_school, "
				+ "hazard.close_days_county, hazard.close_days_school")
			.update();
	}

	/**
	 * Plays each story through the hazard's lifecycle rules ({@link HazardReplay}) as of
	 * {@code now} and COPYs the hazards with their histories, plans, supervisions and
	 * escalations in one transaction; answers the hazards loaded. A story the rules
	 * refuse fails the load.
	 */
	@Transactional
	public long stories(List<HazardStory> stories, OffsetDateTime now) {
		List<Long> ids = jdbc.sql("select nextval('hazard.hazard_id_seq') from generate_series(1, :n)")
			.param("n", stories.size())
			.query(Long.class)
			.list();
		List<HazardStory.Played> played = new ArrayList<>(stories.size());
		for (int i = 0; i < stories.size(); i++) {
			played.add(HazardReplay.play(ids.get(i), stories.get(i), now));
		}
		CopyRows hazards = new CopyRows();
		CopyRows lines = new CopyRows();
		CopyRows plans = new CopyRows();
		CopyRows listings = new CopyRows();
		CopyRows escalations = new CopyRows();
		for (HazardStory.Played p : played) {
			HazardStory h = p.story();
			hazards.add(p.id())
				.add(h.schoolId())
				.add(h.regionCode())
				.add(h.title())
				.add(h.location())
				.add(h.category().name())
				.add(h.source().name())
				.add(h.suggestedGrade() == null ? null : h.suggestedGrade().name())
				.add(p.grade() == null ? null : p.grade().name())
				.add(p.status())
				.add(0)
				.add(h.foundByName())
				.add(h.foundAt())
				.add(p.deadline())
				.add(p.rectifiedBy() == null || p.rectifiedBy() <= 0 ? null : p.rectifiedBy())
				.add(p.rectifiedAt())
				.add(p.closedAt())
				.add(p.rejections())
				.add(p.escalationLevel())
				.add(p.escalatedAt())
				.add(p.listing() == null ? null : p.listing().bureauLevel())
				.endRow();
			for (HazardStory.Line line : p.history()) {
				lines.add(p.id())
					.add(line.from())
					.add(line.to())
					.add(line.byAccount())
					.add(line.byName())
					.add(line.at())
					.add(line.note())
					.add(line.noteKey())
					.add(textArray(line.noteArgs()))
					.endRow();
			}
			if (p.plan() != null) {
				HazardStory.Plan plan = p.plan();
				plans.add(p.id())
					.add(plan.responsiblePerson())
					.add(plan.measures())
					.add(plan.fundsYuan())
					.add(plan.deadline())
					.add(plan.contingencyPlan())
					.add(Math.max(0, p.planStep().by()))
					.add(p.planStep().at())
					.endRow();
			}
			if (p.listing() != null) {
				HazardStory.Listing l = p.listing();
				listings.add(p.id())
					.add(l.bureauLevel())
					.add(l.bureauRegion())
					.add(l.noticeNo())
					.add(l.deadline())
					.add(l.acceptanceDue())
					.add(Math.max(0, l.listedBy()))
					.add(l.listedByName())
					.add(l.listedAt())
					.add(l.acceptedAt())
					.endRow();
			}
			for (HazardStory.Line e : p.escalations()) {
				escalations.add(p.id()).add(e.to()).add(e.noteArgs().get(0)).add(e.at()).endRow();
			}
		}
		long loaded = hazards.copyInto(dataSource,
				"hazard.hazard (id, school_id, region_code, title, location, category, source, suggested_grade, grade, status, "
						+ "found_by, found_by_name, found_at, deadline, rectified_by, rectified_at, closed_at, rejections, "
						+ "escalation_level, escalated_at, supervised_by_level)");
		lines.copyInto(dataSource, "hazard.transition (hazard_id, from_status, to_status, by_account, by_name, at, "
				+ "note, note_key, note_args)");
		plans.copyInto(dataSource, "hazard.plan (hazard_id, responsible_person, measures, funds_yuan, deadline, "
				+ "contingency_plan, filed_by, filed_at)");
		listings.copyInto(dataSource, "hazard.supervision (hazard_id, bureau_level, bureau_region, notice_no, "
				+ "deadline, acceptance_due, listed_by, listed_by_name, listed_at, accepted_at)");
		escalations.copyInto(dataSource, "hazard.escalation (hazard_id, level, bureau_region, at)");
		return loaded;
	}

	/** A text[] in COPY's array syntax, every element quoted. */
	private static String textArray(List<String> values) {
		StringBuilder array = new StringBuilder("{");
		for (String value : values) {
			if (array.length() > 1) {
				array.append(',');
			}
			array.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return array.append('}').toString();
	}

}
