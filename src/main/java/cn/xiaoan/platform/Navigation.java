package cn.xiaoan.platform;

import java.util.ArrayList;
import java.util.List;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.Permission;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.stereotype.Controller;

import cn.xiaoan.shared.Callers;

/** The menu of the page layout, built from what the caller's role may do. */
@ControllerAdvice(annotations = Controller.class)
class Navigation {

	record Item(String messageKey, String href) {
	}

	@ModelAttribute("me")
	CurrentUser me() {
		return Callers.currentOrNull();
	}

	@ModelAttribute("nav")
	List<Item> nav() {
		CurrentUser user = Callers.currentOrNull();
		List<Item> items = new ArrayList<>();
		if (user == null || user.mustChangePassword()) {
			return items;
		}
		items.add(new Item("nav.home", "/"));
		boolean oneSchool = user.scope().kind() == DataScope.Kind.SCHOOL;
		if (user.can(Permission.SCHOOL_READ)) {
			items.add(oneSchool ? new Item("nav.myschool", "/schools/" + user.scope().schoolId())
					: new Item("nav.schools", "/schools"));
		}
		if (user.can(Permission.PEOPLE_READ) && oneSchool) {
			items.add(new Item("nav.students", "/schools/" + user.scope().schoolId() + "/students"));
			items.add(new Item("nav.staff", "/schools/" + user.scope().schoolId() + "/staff"));
		}
		if (user.can(Permission.HAZARD_REPORT)) {
			items.add(new Item("nav.hazards", "/hazards"));
		}
		if (user.can(Permission.SECURITY_READ)) {
			items.add(new Item("nav.staffing",
					oneSchool ? "/schools/" + user.scope().schoolId() + "/security" : "/security/staffing"));
		}
		if (user.can(Permission.SCHOOL_READ)) {
			items.add(new Item("nav.risks",
					oneSchool ? "/schools/" + user.scope().schoolId() + "/risks" : "/risks/major"));
		}
		if (user.can(Permission.HAZARD_REPORT)) {
			items.add(new Item("nav.inspections", "/inspections"));
		}
		if (user.can(Permission.SELF_SERVICE)) {
			items.add(new Item("nav.me", "/me"));
		}
		if (user.can(Permission.SELF_SERVICE)) {
			items.add(new Item("nav.myhomework", "/my/homework"));
		}
		items.add(new Item("nav.lessons", "/lessons"));
		if (user.can(Permission.EDUCATION_ASSIGN) && oneSchool) {
			items.add(new Item("nav.homework", "/homework"));
		}
		if (user.can(Permission.EDUCATION_STATS) && user.role() != cn.xiaoan.shared.Role.HEAD_TEACHER) {
			items.add(new Item("nav.campaigns", "/campaigns"));
		}
		if (user.can(Permission.TRAINING_MANAGE) || user.can(Permission.TRAINING_BOOK)) {
			items.add(new Item("nav.training", "/training"));
		}
		if (user.role().kind() != cn.xiaoan.shared.Role.Kind.SELF) {
			items.add(new Item("nav.policy", "/policy"));
		}
		items.add(new Item("nav.inbox", "/inbox"));
		if (user.can(Permission.ACCOUNT_ADMIN)) {
			items.add(new Item("nav.accounts", "/accounts"));
		}
		if (user.can(Permission.AUDIT_READ)) {
			items.add(new Item("nav.audit", "/audit"));
		}
		return items;
	}

}
