package cn.xiaoan.emergency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.xiaoan.shared.BusinessRuleViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new version of a plan as the form sends it: the organisation, contacts and routes as
 * parallel lists (one entry per row of the form; blank rows are dropped). A role's staff
 * member is named by id; the routes' points are in percent of the campus plan.
 */
public record SavePlan(@NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 8000) String procedures,
		@Size(max = 200) String note, List<String> roleName, List<String> staffId, List<String> duties,
		List<String> contactName, List<String> contactPhone, List<String> routeName, List<String> routePoints) {

	private static final String PHONE = "[0-9][0-9\\-]{1,19}";

	public SavePlan {
		title = title == null ? null : title.trim();
		procedures = procedures == null ? null : procedures.strip();
		note = note == null ? "" : note.trim();
		roleName = roleName == null ? List.of() : roleName;
		staffId = staffId == null ? List.of() : staffId;
		duties = duties == null ? List.of() : duties;
		contactName = contactName == null ? List.of() : contactName;
		contactPhone = contactPhone == null ? List.of() : contactPhone;
		routeName = routeName == null ? List.of() : routeName;
		routePoints = routePoints == null ? List.of() : routePoints;
	}

	/**
	 * The organisation's rows, staff not yet looked up (name empty); refused rows throw.
	 */
	List<PlanMember> members() {
		List<PlanMember> members = new ArrayList<>();
		for (int i = 0; i < roleName.size(); i++) {
			String role = roleName.get(i) == null ? "" : roleName.get(i).trim();
			String staff = at(staffId, i);
			String duty = at(duties, i);
			if (role.isEmpty() && staff.isEmpty() && duty.isEmpty()) {
				continue;
			}
			if (role.isEmpty() || role.length() > 30 || duty.length() > 300) {
				throw new BusinessRuleViolation("roleName", "emergency.plan.error.member");
			}
			Long id = null;
			if (!staff.isEmpty()) {
				try {
					id = Long.valueOf(staff);
				}
				catch (NumberFormatException ex) {
					throw new BusinessRuleViolation("staffId", "emergency.plan.error.staff");
				}
			}
			members.add(new PlanMember(role, id, "", duty));
		}
		if (members.size() > 40) {
			throw new BusinessRuleViolation("roleName", "emergency.plan.error.member");
		}
		return members;
	}

	List<PlanContact> contacts() {
		List<PlanContact> contacts = new ArrayList<>();
		for (int i = 0; i < contactName.size(); i++) {
			String name = contactName.get(i) == null ? "" : contactName.get(i).trim();
			String phone = at(contactPhone, i).replace(" ", "");
			if (name.isEmpty() && phone.isEmpty()) {
				continue;
			}
			if (name.isEmpty() || name.length() > 50) {
				throw new BusinessRuleViolation("contactName", "emergency.plan.error.contact");
			}
			if (!phone.matches(PHONE)) {
				throw new BusinessRuleViolation(Map.of("contactPhone", "emergency.plan.error.phone"));
			}
			contacts.add(new PlanContact(name, phone));
		}
		if (contacts.size() > 40) {
			throw new BusinessRuleViolation("contactName", "emergency.plan.error.contact");
		}
		return contacts;
	}

	List<EvacuationRoute> routes() {
		List<EvacuationRoute> routes = new ArrayList<>();
		for (int i = 0; i < routeName.size(); i++) {
			String name = routeName.get(i) == null ? "" : routeName.get(i).trim();
			String points = at(routePoints, i);
			if (name.isEmpty() && points.isEmpty()) {
				continue;
			}
			String normal = EvacuationRoute.normalise(points);
			if (name.isEmpty() || name.length() > 50 || normal == null) {
				throw new BusinessRuleViolation("routePoints", "emergency.plan.error.route");
			}
			routes.add(new EvacuationRoute(name, normal));
		}
		if (routes.size() > 20) {
			throw new BusinessRuleViolation("routePoints", "emergency.plan.error.route");
		}
		return routes;
	}

	private static String at(List<String> values, int i) {
		return i < values.size() && values.get(i) != null ? values.get(i).trim() : "";
	}

}
