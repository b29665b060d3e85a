package cn.xiaoan.people;

import cn.xiaoan.shared.DownloadName;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.Region;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataKind;
import cn.xiaoan.shared.ExcelExport;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of account administration: create and change accounts with only the choices the
 * caller may grant, disable and enable them, import and export them.
 */
@Controller
class AccountAdminController {

	private final AccountManagement accounts;

	private final AccountAdministration administration;

	private final AccountImport accountImport;

	private final OrgManagement org;

	private final MessageSource messages;

	private final AccountGrants grants;

	private final java.time.Clock clock;

	AccountAdminController(AccountManagement accounts, AccountAdministration administration,
			AccountImport accountImport, OrgManagement org, MessageSource messages, AccountGrants grants,
			java.time.Clock clock) {
		this.clock = clock;
		this.grants = grants;
		this.accounts = accounts;
		this.administration = administration;
		this.accountImport = accountImport;
		this.org = org;
		this.messages = messages;
	}

	@GetMapping("/accounts/new")
	String newAccount(@RequestParam(defaultValue = "") String schoolText, Model model) {
		choices(model, schoolText);
		return "people/account-form";
	}

	@PostMapping("/accounts")
	String create(@Valid CreateAccount command, RedirectAttributes redirect) {
		administration.create(command);
		redirect.addFlashAttribute("message", "account.created");
		return "redirect:/accounts?text=" + URLEncoder.encode(command.username(), StandardCharsets.UTF_8);
	}

	@GetMapping("/accounts/{id}/edit")
	String edit(@PathVariable long id, @RequestParam(defaultValue = "") String schoolText, Model model) {
		model.addAttribute("account", administration.view(administration.manageable(Callers.current(), id).id()));
		choices(model, schoolText);
		return "people/account-form";
	}

	@PostMapping("/accounts/{id}")
	String change(@PathVariable long id, @Valid ChangeAccount command, RedirectAttributes redirect) {
		AccountView changed = administration.change(id, command);
		redirect.addFlashAttribute("message", "account.changed");
		return "redirect:/accounts?text=" + URLEncoder.encode(changed.username(), StandardCharsets.UTF_8);
	}

	@PostMapping("/accounts/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		administration.disable(id);
		redirect.addFlashAttribute("message", "account.disabled.done");
		return "redirect:/accounts";
	}

	@PostMapping("/accounts/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		administration.enable(id);
		redirect.addFlashAttribute("message", "account.enabled.done");
		return "redirect:/accounts";
	}

	@GetMapping("/accounts/import")
	String importForm() {
		Callers.current().require(Permission.ACCOUNT_ADMIN);
		return "people/account-import";
	}

	@PostMapping("/accounts/import")
	String importAccounts(@RequestParam("file") MultipartFile file, Model model) throws IOException {
		model.addAttribute("result", accountImport.importAccounts(file.getInputStream()));
		return "people/account-import";
	}

	@GetMapping("/accounts/import/template")
	void template(HttpServletResponse response) throws IOException {
		Callers.current().require(Permission.ACCOUNT_ADMIN);
		download(response, DownloadName.of(org.callerUnitName(), "账号导入模板", clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), "账号", AccountImport.HEADERS,
				List.of(List.<Object>of("tx_police2", "藤县公安局 王警官", label(Role.POLICE_LIAISON.messageKey()), "450422",
						"", label(DataKind.SCHOOL_BASIC.messageKey()) + "、" + label(DataKind.SECURITY.messageKey()),
						"")),
				row -> row);
	}

	/** The accounts the caller manages, as the list filters them; no password hashes. */
	@GetMapping("/accounts/export")
	void export(@RequestParam(defaultValue = "") String text, @RequestParam(required = false) Role role,
			HttpServletResponse response) throws IOException {
		List<AccountView> rows = accounts.accounts(text, role, 50_000);
		ScopeLabels scopes = ScopeLabels.of(org, rows);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
		download(response, DownloadName.of(org.callerUnitName(), label("account.export.filename"), clock, ".xlsx"));
		ExcelExport.write(response.getOutputStream(), label("account.title"),
				List.of("登录账号", "姓名", "角色", "行政区划", "学校", "数据类别", "状态", "最近登录"), rows,
				a -> List.<Object>of(a.username(), a.displayName(), label(a.role().messageKey()),
						scopes.region(a.regionCode()), scopes.school(a.schoolId()),
						String.join("、", a.dataKinds().stream().sorted().map(k -> label(k.messageKey())).toList()),
						label(a.enabled() ? (a.locked() ? "account.locked" : "account.active") : "account.disabled"),
						a.lastLoginAt() == null ? "" : time.format(a.lastLoginAt())));
	}

	private void choices(Model model, String schoolText) {
		CurrentUser caller = Callers.current();
		model.addAttribute("roles", grants.grantableRoles());
		Map<String, String> regions = new LinkedHashMap<>();
		for (Region r : org.regionsInScope()) {
			regions.put(r.code(), r.name() + " · "
					+ messages.getMessage(r.messageKeyOfLevel(), null, LocaleContextHolder.getLocale()));
		}
		Map<Long, String> schools = new LinkedHashMap<>();
		if (caller.can(Permission.SCHOOL_READ)) {
			org.searchSchools(new SchoolQuery(schoolText, null, null, 0, 200, "code"))
				.items()
				.forEach(s -> schools.put(s.id(), s.name()));
		}
		model.addAttribute("regions", regions);
		model.addAttribute("schools", schools);
		model.addAttribute("schoolText", schoolText);
		model.addAttribute("dataKinds", DataKind.values());
	}

	/** An .xlsx download whose Chinese file name survives every browser (RFC 6266). */
	private static void download(HttpServletResponse response, DownloadName name) {
		ExcelExport.prepareDownload(response, name);
	}

	private String label(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
