package cn.xiaoan.duty;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.RegionCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's or a school's adaptations of the catalogue (继承 like policy): add an item to
 * a post's duties or a procedure's steps, replace or hide an inherited one. A bureau
 * adapts for its region, a principal or safety officer for the school; the lists of every
 * school below get their new versions at once.
 */
@Service
@Transactional
public class DutyAdaptations {

	private final JdbcClient jdbc;

	private final Catalogue catalogue;

	private final DutyManagement duty;

	private final DutyAssignments assignments;

	private final OrgManagement org;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DutyAdaptations(JdbcClient jdbc, Catalogue catalogue, DutyManagement duty, DutyAssignments assignments,
			OrgManagement org, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.duty = duty;
		this.assignments = assignments;
		this.org = org;
		this.events = events;
		this.clock = clock;
	}

	/** The unit the caller adapts for: a region (prefix) or a school. */
	record Unit(String regionCode, String prefix, Long schoolId) {

	}

	/** The catalogue as the caller's unit sees it, and the unit's own adaptations. */
	public record Adapted(Map<String, DutyPost> posts, Map<String, DutyProcedure> procedures,
			List<Catalogue.Adaptation> own) {

	}

	@Transactional(readOnly = true)
	public Adapted view() {
		Unit unit = unit(Callers.current().require(DutyManagement.DUTY_ADAPT));
		Catalogue.View view = catalogue.at(unit.regionCode(), unit.schoolId(), duty.unitNames(unit.regionCode()));
		List<Catalogue.Adaptation> own = catalogue.adaptations(unit.regionCode(), unit.schoolId())
			.stream()
			.filter(a -> unit.schoolId() != null ? unit.schoolId().equals(a.schoolId())
					: a.schoolId() == null && a.regionPrefix().equals(unit.prefix()))
			.toList();
		return new Adapted(view.posts(), view.procedures(), own);
	}

	/**
	 * Adds ({@code itemKey} null), replaces or hides ({@code text} null) an item of a
	 * post ({@code POST}) or a procedure ({@code PROCEDURE}).
	 */
	public long adapt(String targetKind, String targetCode, String action, String itemKey, String text) {
		CurrentUser caller = Callers.current().require(DutyManagement.DUTY_ADAPT);
		Unit unit = unit(caller);
		Catalogue.View view = catalogue.at(unit.regionCode(), unit.schoolId(), duty.unitNames(unit.regionCode()));
		List<CatalogueItem> items = switch (targetKind == null ? "" : targetKind) {
			case "POST" -> view.posts().containsKey(targetCode) ? view.posts().get(targetCode).duties() : null;
			case "PROCEDURE" ->
				view.procedures().containsKey(targetCode) ? view.procedures().get(targetCode).steps() : null;
			default -> null;
		};
		if (items == null) {
			throw new BusinessRuleViolation("targetCode", "duty.error.adapt.target");
		}
		String clean = text == null ? "" : text.strip();
		switch (action == null ? "" : action) {
			case "ADD" -> requireText(clean);
			case "REPLACE" -> {
				requireItem(items, itemKey);
				requireText(clean);
			}
			case "HIDE" -> requireItem(items, itemKey);
			default -> throw new BusinessRuleViolation("action", "duty.error.adapt.action");
		}
		long id = jdbc.sql("""
				insert into duty.adaptation (region_prefix, school_id, target_kind, target_code, action, item_key, text,
				                             made_by, made_at)
				values (:p, :s, :k, :c, :a, :i, :t, :by, :at) returning id""")
			.param("p", unit.prefix())
			.param("s", unit.schoolId())
			.param("k", targetKind)
			.param("c", targetCode)
			.param("a", action)
			.param("i", action.equals("ADD") ? null : itemKey)
			.param("t", action.equals("HIDE") ? null : clean)
			.param("by", caller.accountId())
			.param("at", OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
		refresh(unit);
		String target = targetKind.equals("POST") ? view.posts().get(targetCode).nameZh()
				: view.procedures().get(targetCode).titleZh();
		events.publishEvent(EntityChanged.created("duty_adaptation", id, unit.regionCode(), unit.schoolId(),
				Map.of("target", target, "change", action.equals("ADD") ? "增加" : action.equals("HIDE") ? "隐藏" : "替换",
						"text", clean)));
		return id;
	}

	/** Withdraws one of the unit's own adaptations. */
	public void withdraw(long id) {
		CurrentUser caller = Callers.current().require(DutyManagement.DUTY_ADAPT);
		Unit unit = unit(caller);
		int removed = jdbc.sql("""
				delete from duty.adaptation where id = :id and region_prefix = :p
				  and school_id is not distinct from cast(:s as bigint)""")
			.param("id", id)
			.param("p", unit.prefix())
			.param("s", unit.schoolId())
			.update();
		if (removed == 0) {
			throw new NotFound("adaptation", id);
		}
		refresh(unit);
		events.publishEvent(new EntityChanged("duty_adaptation", String.valueOf(id), "DELETE", unit.regionCode(),
				unit.schoolId(), Map.of("adaptation", id), Map.of()));
	}

	/** New versions for the lists of every school the unit reaches. */
	private void refresh(Unit unit) {
		List<Long> schools = unit.schoolId() != null ? List.of(unit.schoolId())
				: jdbc.sql("select distinct school_id from duty.holder where region_code like :p || '%'")
					.param("p", unit.prefix())
					.query(Long.class)
					.list();
		for (long id : schools) {
			SchoolSummary school = org.findSchool(id).orElseThrow();
			assignments.refresh(school, catalogue.at(school.regionCode(), id, duty.unitNames(school.regionCode())));
		}
	}

	private static Unit unit(CurrentUser caller) {
		DataScope scope = caller.scope();
		return switch (scope.kind()) {
			case SCHOOL -> new Unit(scope.schoolRegion(), scope.schoolRegion(), scope.schoolId());
			case REGION -> new Unit(RegionCode.fromPrefix(scope.regionPrefix()).value(), scope.regionPrefix(), null);
			default -> throw new AccessDenied("the national catalogue is adapted by a region or a school");
		};
	}

	private static void requireText(String text) {
		if (text.isEmpty() || text.length() > 300) {
			throw new BusinessRuleViolation("text", "duty.error.adapt.text");
		}
	}

	private static void requireItem(List<CatalogueItem> items, String key) {
		if (key == null || items.stream().noneMatch(i -> i.key().equals(key))) {
			throw new BusinessRuleViolation("itemKey", "duty.error.adapt.item");
		}
	}

}
