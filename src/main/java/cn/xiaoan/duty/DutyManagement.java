package cn.xiaoan.duty;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty module's API for a staff member's own list: read it, sign it with a drawn
 * signature, open an emergency card. Every call reads the caller's own holder row, so
 * nobody reads or signs another person's list here.
 */
@Service
@Transactional
public class DutyManagement {

	/** Read and sign one's own responsibility list; open the emergency cards. */
	public static final Permission DUTY_SIGN = Permission.grantedTo("DUTY_SIGN", Role.PRINCIPAL,
			Role.SCHOOL_SAFETY_OFFICER, Role.HEAD_TEACHER, Role.TEACHER, Role.GUARD);

	/**
	 * Assign posts, draw the grid, see who has not signed and print the signing sheet.
	 */
	public static final Permission DUTY_MANAGE = Permission.grantedTo("DUTY_MANAGE", Role.PRINCIPAL,
			Role.SCHOOL_SAFETY_OFFICER);

	/** See the signing rates of the region's schools and each school's signing list. */
	public static final Permission DUTY_OVERSEE = Permission.grantedTo("DUTY_OVERSEE", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER);

	/** Add, replace or hide items of the catalogue for one's region or school. */
	public static final Permission DUTY_ADAPT = Permission.grantedTo("DUTY_ADAPT", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER);

	private final Holders holders;

	private final Catalogue catalogue;

	private final GridAreas grid;

	private final SchoolYears years;

	private final OrgManagement org;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DutyManagement(Holders holders, Catalogue catalogue, GridAreas grid, SchoolYears years, OrgManagement org,
			ApplicationEventPublisher events, Clock clock) {
		this.holders = holders;
		this.catalogue = catalogue;
		this.grid = grid;
		this.years = years;
		this.org = org;
		this.events = events;
		this.clock = clock;
	}

	/** The caller's own list, signing state, grid areas and the emergency cards. */
	@Transactional(readOnly = true)
	public MyDuties mine() {
		CurrentUser caller = Callers.current().require(DUTY_SIGN);
		if (!caller.atOneSchool()) {
			throw new AccessDenied("only school staff hold a school's duty posts");
		}
		long schoolId = caller.scope().schoolId();
		String region = caller.scope().schoolRegion();
		Catalogue.View view = catalogue.at(region, schoolId, unitNames(region));
		Holder holder = own(caller).orElse(null);
		DutyList list = DutyList.of(holder == null ? java.util.Set.of() : holder.posts(), view);
		Holder.Signing signing = holder == null ? Holder.Signing.NO_POSTS : holder.signing(years.start(region));
		List<GridArea> areas = holder == null ? List.of() : grid.of(schoolId, holder.staffId());
		return new MyDuties(holder, list, signing, years.label(region), areas, view.emergencies());
	}

	/** One emergency card (应急处置卡) of the caller's school, for any of its staff. */
	@Transactional(readOnly = true)
	public DutyProcedure emergencyCard(String code) {
		CurrentUser caller = Callers.current();
		if (!caller.can(DUTY_SIGN) && !caller.can(DUTY_MANAGE)) {
			throw new AccessDenied("missing permission " + DUTY_SIGN);
		}
		String region = caller.atOneSchool() ? caller.scope().schoolRegion() : caller.scope().homeRegion();
		Long school = caller.atOneSchool() ? caller.scope().schoolId() : null;
		DutyProcedure card = catalogue.at(region, school, unitNames(region)).procedures().get(code);
		if (card == null || !card.emergency()) {
			throw new NotFound("emergency card", code);
		}
		return card;
	}

	/**
	 * Signs the caller's current list with a handwritten signature (PNG). The version
	 * shown when drawing must still be the current one: a list changed meanwhile is read
	 * again before it is signed.
	 */
	public void sign(byte[] png, String version) {
		CurrentUser caller = Callers.current().require(DUTY_SIGN);
		Holder holder = own(caller)
			.orElseThrow(() -> new BusinessRuleViolation("signature", "duty.error.sign.noPosts"));
		if (holder.version().isEmpty()) {
			throw new BusinessRuleViolation("signature", "duty.error.sign.noPosts");
		}
		if (version == null || !version.equals(holder.version())) {
			throw new BusinessRuleViolation("version", "duty.error.sign.changed");
		}
		SignatureImage image = SignatureImage.of(png);
		Catalogue.View view = catalogue.at(holder.regionCode(), holder.schoolId(), unitNames(holder.regionCode()));
		String posts = DutyList.of(holder.posts(), view)
			.posts()
			.stream()
			.map(p -> p.name(Locale.SIMPLIFIED_CHINESE))
			.collect(Collectors.joining("、"));
		OffsetDateTime now = OffsetDateTime.now(clock);
		long id = holders.sign(holder, image, now, posts);
		events.publishEvent(
				new DutyListSigned(holder.staffId(), holder.schoolId(), holder.regionCode(), holder.version()));
		events.publishEvent(EntityChanged.created("duty_signature", id, holder.regionCode(), holder.schoolId(),
				Map.of("person", holder.name(), "posts", posts, "version", holder.version())));
	}

	/** The caller's last signature image, for the page and the PDF. */
	@Transactional(readOnly = true)
	public Optional<byte[]> mySignature() {
		CurrentUser caller = Callers.current().require(DUTY_SIGN);
		return own(caller).flatMap(h -> holders.lastSignature(h.staffId()));
	}

	/** The caller's holder row, at the caller's school only. */
	private Optional<Holder> own(CurrentUser caller) {
		if (caller.personId() == null || !caller.atOneSchool()) {
			return Optional.empty();
		}
		return holders.find(caller.personId()).filter(h -> h.schoolId() == caller.scope().schoolId());
	}

	/** Labels an adaptation with the name of the unit that made it. */
	java.util.function.Function<Catalogue.Adaptation, String> unitNames(String regionCode) {
		Map<String, String> cache = new LinkedHashMap<>();
		return a -> cache.computeIfAbsent(a.schoolId() != null ? "s" + a.schoolId() : a.regionPrefix(),
				key -> a.schoolId() != null ? org.findSchool(a.schoolId()).map(SchoolSummary::name).orElse("")
						: org.region(cn.xiaoan.shared.RegionCode.fromPrefix(a.regionPrefix()).value())
							.map(cn.xiaoan.org.Region::name)
							.orElse(""));
	}

}
