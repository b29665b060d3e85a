package cn.xiaoan.org;

import cn.xiaoan.shared.DownloadName;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.ExcelExport;
import cn.xiaoan.shared.ExcelTable;
import cn.xiaoan.shared.ImportProblem;
import cn.xiaoan.shared.RegionCode;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Regions exchanged as Excel (code, name, parent code): export of the caller's subtree,
 * and an import that checks every row against the tree and the rest of the file first,
 * then adds and renames all of them, or none.
 */
@Service
class RegionSpreadsheet {

	static final String CODE = "行政区划代码";

	static final String NAME = "名称";

	static final String PARENT = "上级代码";

	static final List<String> HEADERS = List.of(CODE, NAME, PARENT);

	private static final String IMPORTED = "#region.reason.import";

	private static final int MAX_ROWS = 50_000;

	private final RegionStore store;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final TransactionTemplate tx;

	RegionSpreadsheet(RegionStore store, ApplicationEventPublisher events, MessageSource messages,
			TransactionTemplate tx) {
		this.tx = tx;
		this.store = store;
		this.events = events;
		this.messages = messages;
	}

	public record Result(int added, int renamed, int unchanged, List<ImportProblem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}

	}

	private record Row(String code, String name, String parent, ExcelTable.RowValues cells) {
	}

	/** Sets the headers of an .xlsx download with a Chinese file name. */
	static void download(HttpServletResponse response, DownloadName name) {
		ExcelExport.prepareDownload(response, name);
	}

	void template(OutputStream out) throws IOException {
		ExcelExport.write(out, "行政区划", HEADERS, List.of(List.<Object>of("450422999", "示例镇", "450422")), row -> row);
	}

	/** The caller's region and everything below it, with level, status and successor. */
	void export(OutputStream out, Locale locale) throws IOException {
		DataScope scope = RegionRules.administrator().scope();
		List<Region> regions = new ArrayList<>(store.under(scope.sqlRegionPrefix()).values());
		regions.sort(Comparator.comparing(Region::code));
		List<String> headers = List.of(CODE, NAME, PARENT, text("region.level", locale), text("region.status", locale),
				text("region.successor", locale));
		ExcelExport.write(out, "行政区划", headers, regions,
				r -> List.of(r.code(), r.name(), r.parentCode() == null ? "" : r.parentCode(),
						text(r.messageKeyOfLevel(), locale),
						text(r.retired() ? "region.status.retired" : "region.status.active", locale),
						r.successorCode() == null ? "" : r.successorCode()));
	}

	/**
	 * Reads and checks every row first, without a transaction; only a file without
	 * problems is written, in one transaction around the writes.
	 */
	public Result importRegions(InputStream in) {
		CurrentUser caller = RegionRules.administrator();
		Map<String, Row> rows = new LinkedHashMap<>();
		List<ImportProblem> problems = ExcelTable.read(in, HEADERS, MAX_ROWS, cells -> {
			String code = cells.required(CODE, 9);
			String name = cells.required(NAME, 64);
			String parent = cells.optional(PARENT, 9);
			if (code == null) {
				return;
			}
			if (!RegionCode.isValid(code)) {
				cells.problem(CODE, "region.code.invalid", code);
			}
			else if (rows.putIfAbsent(code, new Row(code, name, parent, cells)) != null) {
				cells.problem(CODE, "region.import.duplicate", code);
			}
		});
		if (rows.isEmpty()) {
			return rejected(problems);
		}
		Map<String, Region> known = new HashMap<>(store.under(caller.scope().sqlRegionPrefix()));
		if (caller.scope().kind() == DataScope.Kind.REGION) {
			store.find(RegionCode.fromPrefix(caller.scope().regionPrefix()).value())
				.ifPresent(r -> known.put(r.code(), r));
		}
		List<Region> added = new ArrayList<>();
		List<Row> renamed = new ArrayList<>();
		int unchanged = 0;
		for (Row row : rows.values()) {
			if (!check(caller, row, known, rows) || row.name() == null) {
				continue;
			}
			Region existing = known.get(row.code());
			if (existing == null) {
				added.add(new Region(row.code(), row.name(), RegionCode.of(row.code()).level(),
						blankToNull(row.parent())));
			}
			else if (!existing.name().equals(row.name())) {
				renamed.add(row);
			}
			else {
				unchanged++;
			}
		}
		if (!problems.isEmpty()) {
			return rejected(problems);
		}
		added.sort(Comparator.comparing(Region::code));
		tx.executeWithoutResult(status -> {
			store.add(added, IMPORTED, caller);
			Map<String, Object> before = new LinkedHashMap<>();
			Map<String, Object> after = new LinkedHashMap<>();
			for (Row row : renamed) {
				store.rename(row.code(), known.get(row.code()).name(), row.name(), IMPORTED, caller);
				before.put(row.code(), known.get(row.code()).name());
				after.put(row.code(), row.name());
			}
			added.forEach(r -> after.put(r.code(), r.name()));
			events.publishEvent(
					new EntityChanged("region", "import", "IMPORT", caller.scope().homeRegion(), null, before, after));
		});
		return new Result(added.size(), renamed.size(), unchanged, List.of());
	}

	/** Checks one row against the tree and the file; records its problems. */
	private static boolean check(CurrentUser caller, Row row, Map<String, Region> known, Map<String, Row> file) {
		DataScope scope = caller.scope();
		String own = scope.kind() == DataScope.Kind.REGION ? RegionCode.fromPrefix(scope.regionPrefix()).value() : null;
		if (!scope.coversRegion(row.code()) || row.code().equals(own)) {
			row.cells().problem(CODE, "region.code.outofscope", row.code());
			return false;
		}
		String parent = blankToNull(row.parent());
		Region existing = known.get(row.code());
		if (existing != null) {
			if (existing.retired()) {
				row.cells().problem(CODE, "region.import.retired", row.code());
				return false;
			}
			if (!java.util.Objects.equals(existing.parentCode(), parent)) {
				row.cells().problem(PARENT, "region.import.parentdiffers", parent == null ? "" : parent);
				return false;
			}
			return true;
		}
		String placement = RegionRules.placementProblem(row.code(), parent);
		if (placement != null) {
			row.cells().problem(PARENT, placement, parent == null ? "" : parent);
			return false;
		}
		if (parent == null) {
			return true;
		}
		Region knownParent = known.get(parent);
		if ((knownParent == null || knownParent.retired()) && !file.containsKey(parent)) {
			row.cells()
				.problem(PARENT, knownParent == null ? "region.import.parentunknown" : "region.import.parentretired",
						parent);
			return false;
		}
		boolean nearest = RegionRules.isNearestAncestor(row.code(), parent,
				c -> file.containsKey(c) || (known.containsKey(c) && !known.get(c).retired()));
		if (!nearest) {
			row.cells().problem(PARENT, "region.parent.notnearest", parent);
		}
		return nearest;
	}

	private static Result rejected(List<ImportProblem> problems) {
		return new Result(0, 0, 0, ImportProblem.bounded(problems));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
