package cn.xiaoan.people;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.Role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The caller's password and API tokens; account administration within the scope. */
@Controller
class AccountController {

	private final AccountManagement accounts;

	private final cn.xiaoan.org.OrgManagement org;

	private final PasswordExpiry expiry;

	AccountController(AccountManagement accounts, cn.xiaoan.org.OrgManagement org, PasswordExpiry expiry) {
		this.accounts = accounts;
		this.org = org;
		this.expiry = expiry;
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		accounts.row(Callers.current().accountId())
			.filter(row -> !row.mustChangePassword())
			.flatMap(row -> expiry.expired(row).stream().boxed().findFirst())
			.ifPresent(days -> model.addAttribute("expiredAfterDays", days));
		return "people/password";
	}

	@PostMapping("/account/password")
	String changePassword(@RequestParam String current, @RequestParam String replacement,
			@RequestParam String confirmation, HttpServletRequest request, HttpServletResponse response, Model model) {
		var changed = accounts.changeOwnPassword(current, replacement, confirmation);
		PasswordApi.refreshSession(changed, request, response);
		return "redirect:/?passwordChanged";
	}

	@GetMapping("/accounts")
	String accounts(@RequestParam(defaultValue = "") String text, @RequestParam(required = false) Role role,
			Model model) {
		var list = accounts.accounts(text, role);
		model.addAttribute("accounts", list);
		ScopeLabels scopes = ScopeLabels.of(org, list);
		model.addAttribute("scopes",
				list.stream().collect(java.util.stream.Collectors.toMap(AccountView::id, scopes::of, (a, b) -> a)));
		model.addAttribute("text", text);
		model.addAttribute("role", role);
		model.addAttribute("roles", Role.values());
		return "people/accounts";
	}

	@PostMapping("/accounts/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		accounts.unlock(id);
		redirect.addFlashAttribute("message", "account.unlocked");
		return "redirect:/accounts";
	}

	@PostMapping("/accounts/{id}/reset")
	String reset(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
		accounts.resetPassword(id, password);
		redirect.addFlashAttribute("message", "account.reset.done");
		return "redirect:/accounts";
	}

	@GetMapping("/account/tokens")
	String tokens(Model model) {
		model.addAttribute("tokens", accounts.myTokens());
		return "people/tokens";
	}

	@PostMapping("/account/tokens")
	String issue(@RequestParam String name, Model model) {
		model.addAttribute("issued", accounts.issueToken(name));
		return tokens(model);
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id) {
		accounts.revokeToken(id);
		return "redirect:/account/tokens";
	}

}
