package cn.xiaoan.liaison;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.Region;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.people.PartnerAccounts;
import cn.xiaoan.people.PartnerAccounts.PartnerAccount;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's register of police stations (派出所): which townships and schools each covers
 * and which police accounts belong to it, kept by the county bureau. A clue a school
 * forwards goes to the station covering the school. Every call checks the caller's role
 * and scope; a station of another county is not found.
 */
@Service
@Transactional
public class StationManagement {

	private final Stations stations;

	private final OrgManagement org;

	private final PartnerAccounts partners;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StationManagement(Stations stations, OrgManagement org, PartnerAccounts partners, ApplicationEventPublisher events,
			Clock clock) {
		this.stations = stations;
		this.org = org;
		this.partners = partners;
		this.events = events;
		this.clock = clock;
	}

	/** The stations of the caller's counties, each with what it covers. */
	@Transactional(readOnly = true)
	public List<StationView> list() {
		CurrentUser caller = keeper();
		return views(stations.under(caller.scope().sqlRegionPrefix()));
	}

	/** A station of the caller's counties. */
	@Transactional(readOnly = true)
	public StationView station(long id) {
		return views(List.of(visible(keeper(), id))).get(0);
	}

	/** Registers a station of the caller's county (or of the county named). */
	public StationView create(SaveStation command) {
		CurrentUser caller = keeper();
		String county = county(caller, command.countyCode());
		if (stations.named(county, command.name()).isPresent()) {
			throw new BusinessRuleViolation("name", "liaison.station.nameTaken");
		}
		List<PartnerAccount> officers = checked(county, command, List.of());
		long id = stations.insert(county, command, clock.instant());
		stations.cover(id, command.townships(), command.schools());
		stations.staff(id, officers);
		events.publishEvent(EntityChanged.created("liaison_station", id, county, null, audited(command)));
		return station(id);
	}

	/** Changes a station's details, what it covers and its police accounts. */
	public StationView update(long id, SaveStation command) {
		CurrentUser caller = keeper();
		Stations.Row before = visible(caller, id);
		if (stations.named(before.countyCode(), command.name()).filter(r -> r.id() != id).isPresent()) {
			throw new BusinessRuleViolation("name", "liaison.station.nameTaken");
		}
		StationView old = views(List.of(before)).get(0);
		List<PartnerAccount> officers = checked(before.countyCode(), command, List.of(id));
		stations.update(id, command);
		stations.clear(List.of(id));
		stations.cover(id, command.townships(), command.schools());
		stations.staff(id, officers);
		events.publishEvent(EntityChanged.updated(
				"liaison_station", id, before.countyCode(), null, audited(new SaveStation(old.countyCode(), old.name(),
						old.address(), old.phone(), old.townshipCodes(), old.schoolIds(), old.officerIds())),
				audited(command)));
		return station(id);
	}

	/**
	 * Saves the rows of an imported register of one county at once: a station named in it
	 * is changed, another is added; what the named stations covered before is cleared
	 * first, so the rows may hand a township from one to another.
	 */
	List<StationView> replace(String county, List<SaveStation> rows) {
		CurrentUser caller = keeper();
		county(caller, county);
		List<Long> named = rows.stream()
			.map(r -> stations.named(county, r.name()))
			.flatMap(java.util.Optional::stream)
			.map(Stations.Row::id)
			.toList();
		stations.clear(named);
		List<StationView> saved = new ArrayList<>();
		for (SaveStation row : rows) {
			var existing = stations.named(county, row.name());
			saved.add(existing.isPresent() ? update(existing.get().id(), row) : create(row));
		}
		return saved;
	}

	/** The user names of a station's police accounts, for the register's export. */
	List<String> usernames(StationView station) {
		return stations.usernames(station.id());
	}

	/** The schools of the caller's counties no station covers (未指定派出所). */
	@Transactional(readOnly = true)
	public List<SchoolSummary> uncoveredSchools() {
		CurrentUser caller = keeper();
		Set<String> covered = new HashSet<>(stations.coveredKeys(caller.scope().sqlRegionPrefix()));
		return org.schoolsInScope(SchoolQuery.all())
			.stream()
			.filter(s -> !covered.contains("S" + s.id()) && !covered.contains(s.regionCode()))
			.toList();
	}

	/** The county a bureau keeps the register of: its own, or the one it names. */
	public String county(String named) {
		return county(keeper(), named);
	}

	/** The townships of a county, which a station may cover. */
	@Transactional(readOnly = true)
	public List<Region> townships(String county) {
		county(keeper(), county);
		return org.regionsInScope(county)
			.stream()
			.filter(r -> r.level() == RegionCode.Level.TOWNSHIP && !r.retired())
			.toList();
	}

	/** The schools of a county, which a station may cover one by one. */
	@Transactional(readOnly = true)
	public List<SchoolSummary> schools(String county) {
		county(keeper(), county);
		return org.schoolsInScope(new SchoolQuery("", null, county, 0, 200, "region"));
	}

	/** The police accounts of a county, which a station may hold. */
	@Transactional(readOnly = true)
	public List<PartnerAccount> police(String county) {
		county(keeper(), county);
		return partners.under(county, Role.POLICE_LIAISON);
	}

	/**
	 * Checks what a station is to cover and hold belongs to its county and to no other
	 * station than {@code except}; answers the police accounts named.
	 */
	private List<PartnerAccount> checked(String county, SaveStation command, Collection<Long> except) {
		Map<String, String> townshipNames = townships(county).stream()
			.collect(Collectors.toMap(Region::code, Region::name));
		Map<Long, String> schoolNames = schools(county).stream()
			.collect(Collectors.toMap(SchoolSummary::id, SchoolSummary::name));
		Map<Long, PartnerAccount> police = police(county).stream()
			.collect(Collectors.toMap(PartnerAccount::id, Function.identity()));
		command.townships()
			.stream()
			.filter(t -> !townshipNames.containsKey(t))
			.findFirst()
			.ifPresent(t -> refuse("townships", "liaison.station.townshipOutside", t));
		command.schools()
			.stream()
			.filter(s -> !schoolNames.containsKey(s))
			.findFirst()
			.ifPresent(s -> refuse("schools", "liaison.station.schoolOutside", String.valueOf(s)));
		command.officers()
			.stream()
			.filter(o -> !police.containsKey(o))
			.findFirst()
			.ifPresent(o -> refuse("officers", "liaison.station.officerOutside", String.valueOf(o)));
		Map<String, String> taken = stations.taken(command.townships(), command.schools(), command.officers(), except);
		for (Map.Entry<String, String> t : taken.entrySet()) {
			String key = t.getKey();
			if (key.startsWith("S")) {
				refuse("schools", "liaison.station.schoolTaken", schoolNames.get(Long.valueOf(key.substring(1))),
						t.getValue());
			}
			else if (key.startsWith("O")) {
				refuse("officers", "liaison.station.officerTaken",
						police.get(Long.valueOf(key.substring(1))).displayName(), t.getValue());
			}
			else {
				refuse("townships", "liaison.station.townshipTaken", townshipNames.get(key), t.getValue());
			}
		}
		return command.officers().stream().map(police::get).toList();
	}

	private static void refuse(String field, String key, Object... args) {
		throw new BusinessRuleViolation(field, key, args);
	}

	private List<StationView> views(List<Stations.Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, Stations.Row> byId = new LinkedHashMap<>();
		rows.forEach(r -> byId.put(r.id(), r));
		Map<String, List<Stations.Part>> parts = stations.parts(byId.keySet());
		Map<String, String> regions = org.regionNames();
		Map<String, String> schools = new java.util.HashMap<>();
		if (!parts.get("S").isEmpty()) {
			parts.get("S")
				.forEach(p -> schools.put(p.id(),
						org.findSchool(Long.parseLong(p.id())).map(SchoolSummary::name).orElse(p.id())));
		}
		return rows.stream()
			.map(r -> new StationView(r.id(), r.countyCode(), r.name(), r.address(), r.phone(),
					named(parts.get("T"), r.id(), regions), named(parts.get("S"), r.id(), schools),
					named(parts.get("O"), r.id(), Map.of())))
			.toList();
	}

	private static List<StationView.Named> named(List<Stations.Part> parts, long station, Map<String, String> names) {
		return parts.stream()
			.filter(p -> p.stationId() == station)
			.map(p -> new StationView.Named(p.id(), names.getOrDefault(p.id(), p.name())))
			.toList();
	}

	private Stations.Row visible(CurrentUser caller, long id) {
		Stations.Row row = stations.find(id).orElseThrow(() -> new NotFound("station", id));
		if (!caller.scope().coversRegion(row.countyCode())) {
			throw new NotFound("station", id);
		}
		return row;
	}

	private static CurrentUser keeper() {
		return Callers.current().require(LiaisonPermissions.STATION_KEEP);
	}

	/**
	 * A county bureau keeps its own county's register; a bureau above names one of its
	 * counties; a township's is refused.
	 */
	private static String county(CurrentUser caller, String named) {
		DataScope scope = caller.scope();
		String own = scope.kind() == DataScope.Kind.REGION && scope.regionPrefix().length() == 6 ? scope.regionPrefix()
				: null;
		if (own != null && (named == null || named.isBlank() || named.equals(own))) {
			return own;
		}
		if (named == null || !named.matches("\\d{6}") || RegionCode.of(named).level() != RegionCode.Level.COUNTY) {
			if (scope.kind() == DataScope.Kind.REGION && scope.regionPrefix().length() > 6) {
				throw new AccessDenied("a township does not keep the register of police stations");
			}
			throw new BusinessRuleViolation("countyCode", "liaison.station.countyNeeded");
		}
		if (!scope.coversRegion(named)) {
			throw new NotFound("region", named);
		}
		return named;
	}

	private static Map<String, Object> audited(SaveStation s) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("name", s.name());
		m.put("address", s.address());
		m.put("phone", s.phone());
		m.put("townships", String.join(",", s.townships()));
		m.put("schools", s.schools().stream().map(String::valueOf).collect(Collectors.joining(",")));
		m.put("officers", s.officers().stream().map(String::valueOf).collect(Collectors.joining(",")));
		return m;
	}

}
