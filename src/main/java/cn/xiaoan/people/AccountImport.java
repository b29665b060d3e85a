package cn.xiaoan.people;

import cn.xiaoan.people.bulk.PeopleBulkLoad;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.org.SchoolQuery;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataKind;
import cn.xiaoan.shared.ExcelTable;
import cn.xiaoan.shared.ImportProblem;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports accounts from Excel, all rows or none, each row checked by the same rules as
 * the form. A row without an initial password gets a generated one, answered once with
 * the result and never stored in plain text.
 */
@Service
class AccountImport {

	static final List<String> HEADERS = List.of("登录账号", "姓名", "角色", "行政区划代码", "学校代码", "数据类别", "初始密码");

	/** The column a field of {@link CreateAccount} is read from, for row problems. */
	private static final Map<String, String> COLUMN_OF = Map.of("username", "登录账号", "displayName", "姓名", "role", "角色",
			"regionCode", "行政区划代码", "schoolId", "学校代码", "staffId", "学校代码", "dataKinds", "数据类别", "initialPassword",
			"初始密码");

	private static final String PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final String PASSWORD_DIGITS = "23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountAdministration administration;

	private final OrgManagement org;

	private final MessageSource messages;

	private final PasswordEncoder encoder;

	private final TransactionTemplate tx;

	private final PeopleBulkLoad bulk;

	AccountImport(AccountAdministration administration, OrgManagement org, MessageSource messages,
			PasswordEncoder encoder, TransactionTemplate tx, PeopleBulkLoad bulk) {
		this.bulk = bulk;
		this.tx = tx;
		this.administration = administration;
		this.org = org;
		this.messages = messages;
		this.encoder = encoder;
	}

	/** A password generated for a row, shown once. */
	public record Generated(String username, String displayName, String password) {
	}

	public record Result(int imported, List<ImportProblem> problems, List<Generated> generated) {

		public boolean ok() {
			return problems.isEmpty();
		}

	}

	/**
	 * Reads and checks every row first, without a transaction; only a file without
	 * problems is written, in one transaction around the writes.
	 */
	public Result importAccounts(InputStream in) {
		CurrentUser caller = Callers.current().require(Permission.ACCOUNT_ADMIN);
		Map<String, Role> roles = labels(Role.values(), Role::messageKey);
		Map<String, DataKind> kinds = labels(DataKind.values(), DataKind::messageKey);
		Map<String, Integer> usernames = new HashMap<>();
		// rows with problems of their own skip the form's rules; whether their username
		// is taken is still checked, so one report names every problem of the file
		Map<String, Integer> unchecked = new HashMap<>();
		List<AccountAdministration.Prepared> rows = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>(ExcelTable.read(in, List.of("登录账号", "姓名", "角色"), 2_000, row -> {
			int before = row.problemCount();
			String username = row.required("登录账号", 64);
			String name = row.required("姓名", 50);
			String roleText = row.required("角色", 30);
			Role role = roleText == null ? null : roles.get(roleText);
			if (roleText != null && role == null) {
				row.problem("角色", "account.role.unknown", roleText);
			}
			String region = row.optional("行政区划代码", 9);
			Long school = schoolId(row, row.optional("学校代码", 20));
			List<DataKind> granted = new ArrayList<>();
			for (String label : row.text("数据类别").split("[,，、;；\\s]+")) {
				if (!label.isBlank() && kinds.get(label) == null) {
					row.problem("数据类别", "account.datakind.unknown", label);
				}
				else if (!label.isBlank()) {
					granted.add(kinds.get(label));
				}
			}
			String password = row.optional("初始密码", 64);
			if (username != null && usernames.putIfAbsent(username, row.rowNumber()) != null) {
				row.problem("登录账号", "import.value.duplicate", username);
			}
			if (row.problemCount() > before) {
				if (username != null && Integer.valueOf(row.rowNumber()).equals(usernames.get(username))) {
					unchecked.put(username, row.rowNumber());
				}
				return;
			}
			CreateAccount command = new CreateAccount(username, name, role, region, school, null,
					password == null || password.isEmpty() ? null : password, granted);
			try {
				rows.add(administration.prepare(caller, command));
			}
			catch (BusinessRuleViolation ex) {
				ex.fieldErrors()
					.forEach((field, key) -> row.problem(COLUMN_OF.getOrDefault(field, "登录账号"), key,
							valueOf(field, command)));
			}
		}));
		if (!unchecked.isEmpty()) {
			for (String taken : bulk.existingUsernames(unchecked.keySet())) {
				problems.add(new ImportProblem(unchecked.get(taken), "A 登录账号", "account.username.taken", taken));
			}
		}
		if (!problems.isEmpty()) {
			return new Result(0, ImportProblem.bounded(problems), List.of());
		}
		List<Generated> generated = new ArrayList<>();
		List<String> hashes = new ArrayList<>();
		for (AccountAdministration.Prepared prepared : rows) {
			String password = prepared.command().initialPassword();
			if (password == null) {
				password = generatedPassword();
				generated.add(new Generated(prepared.command().username(), prepared.command().displayName(), password));
			}
			hashes.add(encoder.encode(password));
		}
		tx.executeWithoutResult(status -> {
			for (int i = 0; i < rows.size(); i++) {
				administration.insert(caller, rows.get(i), hashes.get(i));
			}
		});
		return new Result(rows.size(), List.of(), generated);
	}

	/** The school of a code, if it lies in the caller's scope; a problem otherwise. */
	private Long schoolId(ExcelTable.RowValues row, String code) {
		if (code == null || code.isEmpty()) {
			return null;
		}
		return org.schoolsInScope(new SchoolQuery(code, null, null, 0, 10, "code"))
			.stream()
			.filter(s -> s.code().equals(code))
			.map(SchoolSummary::id)
			.findFirst()
			.orElseGet(() -> {
				row.problem("学校代码", "account.school.unknown", code);
				return null;
			});
	}

	private static String valueOf(String field, CreateAccount c) {
		return switch (field) {
			case "username" -> c.username();
			case "regionCode" -> c.regionCode() == null ? "" : c.regionCode();
			default -> "";
		};
	}

	/** Chinese label → value, as the template's example and the form show them. */
	private <T> Map<String, T> labels(T[] values, java.util.function.Function<T, String> key) {
		Map<String, T> map = new HashMap<>();
		for (T value : values) {
			map.put(messages.getMessage(key.apply(value), null, Locale.SIMPLIFIED_CHINESE), value);
		}
		return map;
	}

	/**
	 * 12 characters, capital and small letters and digits (three classes, as every
	 * password), without look-alikes (0/O, 1/l/I).
	 */
	static String generatedPassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			String from = i == 0 ? PASSWORD_LETTERS.substring(23)
					: i == 1 ? PASSWORD_LETTERS.substring(0, 23) : i % 4 == 3 ? PASSWORD_DIGITS : PASSWORD_LETTERS;
			password.append(from.charAt(RANDOM.nextInt(from.length())));
		}
		return password.toString();
	}

}
