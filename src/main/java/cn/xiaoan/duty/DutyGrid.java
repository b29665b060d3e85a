package cn.xiaoan.duty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.risk.RiskManagement;
import cn.xiaoan.risk.CampusPlanSize;
import cn.xiaoan.risk.RiskZone;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 网格化: a school's areas, each with a responsible person and a deputy among its staff
 * holding posts, drawn on the campus plan of the risk map.
 */
@Service
@Transactional
public class DutyGrid {

	private final GridAreas areas;

	private final Holders holders;

	private final DutyAssignments assignments;

	private final RiskManagement risks;

	private final OrgManagement org;

	private final ApplicationEventPublisher events;

	DutyGrid(GridAreas areas, Holders holders, DutyAssignments assignments, RiskManagement risks, OrgManagement org,
			ApplicationEventPublisher events) {
		this.areas = areas;
		this.holders = holders;
		this.assignments = assignments;
		this.risks = risks;
		this.org = org;
		this.events = events;
	}

	/** The school's map: plan size (if a plan was uploaded), risk zones and areas. */
	public record GridMap(SchoolSummary school, Optional<CampusPlanSize> plan, List<RiskZone> zones,
			List<GridArea> areas) {

		/** The plan's width ÷ height; a blank 3:2 sheet without a plan. */
		public String aspectRatio() {
			return plan.map(d -> d.width() + " / " + d.height()).orElse("3 / 2");
		}

	}

	@Transactional(readOnly = true)
	public GridMap map(long schoolId) {
		SchoolSummary school = assignments.readable(schoolId);
		return new GridMap(school, risks.campusPlanSize(schoolId), risks.zones(schoolId), areas.of(schoolId, null));
	}

	public GridArea add(long schoolId, NewGridArea command) {
		Callers.current().require(DutyManagement.DUTY_MANAGE);
		SchoolSummary school = org.school(schoolId);
		Holder responsible = staffOf(schoolId, command.responsibleId(), "responsibleId");
		Holder deputy = command.deputyId() == null ? null : staffOf(schoolId, command.deputyId(), "deputyId");
		BigDecimal x = command.mapX();
		BigDecimal y = command.mapY();
		if (x == null) {
			Optional<RiskZone> zone = risks.zones(schoolId)
				.stream()
				.filter(z -> z.name().equals(command.building()))
				.findFirst();
			if (zone.isPresent()) {
				x = centre(zone.get().corners().stream().mapToDouble(RiskZone.Corner::x).average().orElse(50));
				y = centre(zone.get().corners().stream().mapToDouble(RiskZone.Corner::y).average().orElse(50));
			}
		}
		long id = areas.insert(school, command, x, y);
		events.publishEvent(EntityChanged.created("duty_grid_area", id, school.regionCode(), schoolId,
				Map.of("area", command.building() + " " + command.floor() + " " + command.area(), "responsible",
						responsible.name(), "deputy", deputy == null ? "" : deputy.name())));
		return areas.of(schoolId, null).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
	}

	public void remove(long schoolId, long areaId) {
		Callers.current().require(DutyManagement.DUTY_MANAGE);
		SchoolSummary school = org.school(schoolId);
		GridArea area = areas.of(schoolId, null)
			.stream()
			.filter(a -> a.id() == areaId)
			.findFirst()
			.orElseThrow(() -> new NotFound("grid area", areaId));
		areas.delete(areaId);
		events.publishEvent(new EntityChanged("duty_grid_area", String.valueOf(areaId), "DELETE", school.regionCode(),
				schoolId, Map.of("area", area.place(), "responsible", area.responsibleName()), Map.of()));
	}

	private Holder staffOf(long schoolId, long staffId, String field) {
		return holders.find(staffId)
			.filter(h -> h.schoolId() == schoolId)
			.orElseThrow(() -> new BusinessRuleViolation(field, "duty.error.grid.staff"));
	}

	private static BigDecimal centre(double v) {
		return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
	}

}
