package cn.xiaoan.duty;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.people.PeopleManagement;
import cn.xiaoan.people.StaffView;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 实名制: which posts each staff member of a school holds. Staff come from the people
 * module; a person holds the posts whose {@code hr_post} is their staff post until the
 * principal or safety officer sets their posts by hand. Whenever a person's list changes
 * its version changes, and they must sign it again.
 */
@Service
@Transactional
public class DutyAssignments {

	private final Holders holders;

	private final Catalogue catalogue;

	private final PeopleManagement people;

	private final OrgManagement org;

	private final SchoolYears years;

	private final DutyManagement duty;

	private final ApplicationEventPublisher events;

	DutyAssignments(Holders holders, Catalogue catalogue, PeopleManagement people, OrgManagement org, SchoolYears years,
			DutyManagement duty, ApplicationEventPublisher events) {
		this.holders = holders;
		this.catalogue = catalogue;
		this.people = people;
		this.org = org;
		this.years = years;
		this.duty = duty;
		this.events = events;
	}

	/**
	 * Brings the school's holders up to date with its staff: new staff get their default
	 * posts, names follow the staff record, and every list's version is recomputed.
	 */
	public void syncSchool(long schoolId) {
		SchoolSummary school = managed(schoolId);
		Catalogue.View view = catalogue.at(school.regionCode(), schoolId, duty.unitNames(school.regionCode()));
		Map<Long, Holder> existing = new HashMap<>();
		holders.ofSchool(schoolId).forEach(h -> existing.put(h.staffId(), h));
		List<StaffView> staff = people.staff(schoolId, null);
		holders.upsertAll(schoolId, school.regionCode(), staff.stream().map(StaffView::id).toList(),
				staff.stream().map(StaffView::name).toList(), staff.stream().map(StaffView::postCode).toList());
		Map<Long, Set<String>> defaults = new HashMap<>();
		for (StaffView member : staff) {
			Holder before = existing.get(member.id());
			if (before == null || !before.postsEdited()) {
				Set<String> posts = defaults(view, member.postCode());
				if (before == null || !before.posts().equals(posts)) {
					defaults.put(member.id(), posts);
				}
			}
		}
		holders.setDefaultPosts(defaults);
		refresh(school, view);
		events.publishEvent(EntityChanged.updated("duty_posts", schoolId, school.regionCode(), schoolId, Map.of(),
				Map.of("staff", staff.size(), "defaults", defaults.size())));
	}

	/** The school's signing in the running school year, for its managers or a bureau. */
	@Transactional(readOnly = true)
	public SchoolSigning signing(long schoolId) {
		SchoolSummary school = readable(schoolId);
		Catalogue.View view = catalogue.at(school.regionCode(), schoolId, duty.unitNames(school.regionCode()));
		Locale locale = LocaleContextHolder.getLocale();
		var yearStart = years.start(school.regionCode());
		List<SchoolSigning.Row> rows = holders.ofSchool(schoolId)
			.stream()
			.map(h -> new SchoolSigning.Row(h, postNames(view, h.posts(), locale), h.signing(yearStart)))
			.toList();
		return new SchoolSigning(school, years.label(school.regionCode()), rows);
	}

	/** The posts a staff member holds, set by hand; school posts only. */
	public void assign(long schoolId, long staffId, Set<String> posts) {
		SchoolSummary school = managed(schoolId);
		Holder holder = holders.find(staffId)
			.filter(h -> h.schoolId() == schoolId)
			.orElseThrow(() -> new NotFound("staff", staffId));
		Catalogue.View view = catalogue.at(school.regionCode(), schoolId, duty.unitNames(school.regionCode()));
		Set<String> chosen = new LinkedHashSet<>(posts == null ? Set.of() : posts);
		for (String code : chosen) {
			DutyPost post = view.posts().get(code);
			if (post == null || !post.schoolPost()) {
				throw new BusinessRuleViolation("posts", "duty.error.post.unknown");
			}
		}
		holders.setPosts(staffId, chosen, true);
		refresh(school, view);
		events.publishEvent(EntityChanged.updated("duty_posts", staffId, school.regionCode(), schoolId,
				Map.of("person", holder.name(), "posts",
						String.join("、", postNames(view, holder.posts(), Locale.CHINA))),
				Map.of("person", holder.name(), "posts", String.join("、", postNames(view, chosen, Locale.CHINA)))));
	}

	/** Adds ({@code add}) or removes one post for several staff members at once. */
	public int assignInBulk(long schoolId, String post, List<Long> staffIds, boolean add) {
		managed(schoolId);
		int changed = 0;
		for (long staffId : staffIds == null ? List.<Long>of() : staffIds) {
			Holder holder = holders.find(staffId)
				.filter(h -> h.schoolId() == schoolId)
				.orElseThrow(() -> new NotFound("staff", staffId));
			Set<String> posts = new LinkedHashSet<>(holder.posts());
			if (add ? posts.add(post) : posts.remove(post)) {
				assign(schoolId, staffId, posts);
				changed++;
			}
		}
		return changed;
	}

	/** The school posts of the catalogue as the school sees it (for the forms). */
	@Transactional(readOnly = true)
	public List<DutyPost> schoolPosts(long schoolId) {
		SchoolSummary school = readable(schoolId);
		return catalogue.at(school.regionCode(), schoolId, duty.unitNames(school.regionCode()))
			.posts()
			.values()
			.stream()
			.filter(DutyPost::schoolPost)
			.toList();
	}

	/**
	 * Recomputes the version of every list at the school; a changed one is announced
	 * (DutyListChanged) and awaits a new signature.
	 */
	void refresh(SchoolSummary school, Catalogue.View view) {
		Map<Set<String>, String> versionOf = new HashMap<>();
		Map<Long, String> changed = new LinkedHashMap<>();
		for (Holder h : holders.ofSchool(school.id())) {
			String version = versionOf.computeIfAbsent(h.posts(), posts -> DutyList.of(posts, view).version());
			if (!version.equals(h.version())) {
				changed.put(h.staffId(), version);
				events.publishEvent(
						new DutyListChanged(h.staffId(), school.id(), school.regionCode(), h.version(), version));
			}
		}
		holders.setVersions(changed);
	}

	static Set<String> defaults(Catalogue.View view, String hrPost) {
		return view.posts()
			.values()
			.stream()
			.filter(p -> p.schoolPost() && hrPost != null && hrPost.equals(p.hrPost()))
			.map(DutyPost::code)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	static List<String> postNames(Catalogue.View view, Set<String> codes, Locale locale) {
		return view.posts().values().stream().filter(p -> codes.contains(p.code())).map(p -> p.name(locale)).toList();
	}

	private SchoolSummary managed(long schoolId) {
		CurrentUser caller = Callers.current().require(DutyManagement.DUTY_MANAGE);
		return org.school(schoolId);
	}

	/** A school its managers or an overseeing bureau may read. */
	SchoolSummary readable(long schoolId) {
		CurrentUser caller = Callers.current();
		if (!caller.can(DutyManagement.DUTY_MANAGE) && !caller.can(DutyManagement.DUTY_OVERSEE)) {
			throw new AccessDenied("missing permission " + DutyManagement.DUTY_OVERSEE);
		}
		return org.school(schoolId);
	}

}
