package cn.xiaoan.liaison;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.xiaoan.org.Region;
import cn.xiaoan.org.SchoolSummary;
import cn.xiaoan.people.PartnerAccounts.PartnerAccount;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.ExcelTable;
import cn.xiaoan.shared.ImportProblem;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The county's register of police stations from Excel — the export's Chinese columns:
 * townships and schools by name or code, police accounts by user name, separated by 、 or
 * commas. Every row is checked first, each bad cell reported by row and column; only a
 * file without problems is saved, all rows or none. A station named in the file is
 * changed, another added; what the named stations covered is replaced.
 */
@Service
class StationImport {

	private static final int MAX_ROWS = 500;

	private final StationManagement management;

	private final Stations stations;

	private final MessageSource messages;

	private final TransactionTemplate tx;

	StationImport(StationManagement management, Stations stations, MessageSource messages, TransactionTemplate tx) {
		this.management = management;
		this.stations = stations;
		this.messages = messages;
		this.tx = tx;
	}

	/** What an import did: public for the page's expressions. */
	public record Result(int saved, List<ImportProblem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}

	}

	Result read(InputStream in) throws IOException {
		String county = ownCounty();
		if (county == null) {
			return new Result(0, List.of(ImportProblem.ofFile("liaison.station.countyNeeded")));
		}
		byte[] bytes = in.readNBytes(ExcelTable.MAX_FILE_BYTES + 1);
		String nameColumn = header("liaison.station.name");
		String townshipColumn = header("liaison.station.townships");
		String schoolColumn = header("liaison.station.schools");
		String officerColumn = header("liaison.station.officers");
		// the stations the file names: what they hold now may move between its rows
		List<Long> named = new ArrayList<>();
		ExcelTable.read(new ByteArrayInputStream(bytes), List.of(), MAX_ROWS,
				row -> stations.named(county, row.text(nameColumn)).ifPresent(s -> named.add(s.id())));
		Map<String, String> townships = codes(management.townships(county), Region::code, Region::name);
		Map<String, String> schools = new HashMap<>();
		for (SchoolSummary s : management.schools(county)) {
			schools.put(s.name(), String.valueOf(s.id()));
			schools.put(s.code(), String.valueOf(s.id()));
		}
		Map<String, String> police = codes(management.police(county), a -> String.valueOf(a.id()),
				PartnerAccount::username);
		Set<String> seen = new HashSet<>();
		List<SaveStation> rows = new ArrayList<>();
		List<ImportProblem> problems = ExcelTable.read(new ByteArrayInputStream(bytes),
				List.of(nameColumn, townshipColumn), MAX_ROWS, row -> {
					int before = row.problemCount();
					String name = row.required(nameColumn, 60);
					if (name != null && !seen.add("N" + name)) {
						row.problem(nameColumn, "import.value.duplicate", name);
					}
					String address = row.optional(header("liaison.station.address"), 200);
					String phone = row.optional(header("liaison.station.phone"), 30);
					List<String> t = ids(row, townshipColumn, townships, "liaison.station.import.township", seen);
					List<String> s = ids(row, schoolColumn, schools, "liaison.station.import.school", seen);
					List<String> o = ids(row, officerColumn, police, "liaison.station.import.officer", seen);
					if (row.problemCount() > before) {
						return;
					}
					List<Long> schoolIds = s.stream().map(Long::valueOf).toList();
					List<Long> officerIds = o.stream().map(Long::valueOf).toList();
					Map<String, String> taken = stations.taken(t, schoolIds, officerIds, named);
					taken.forEach((key, station) -> {
						String column = key.startsWith("S") ? schoolColumn
								: key.startsWith("O") ? officerColumn : townshipColumn;
						row.problem(column, "liaison.station.import.taken", station);
					});
					rows.add(new SaveStation(county, name, address, phone, t, schoolIds, officerIds));
				});
		if (!problems.isEmpty()) {
			return new Result(0, ImportProblem.bounded(problems));
		}
		tx.executeWithoutResult(status -> management.replace(county, rows));
		return new Result(rows.size(), List.of());
	}

	/** The caller's county, or null for a bureau above the counties. */
	private String ownCounty() {
		try {
			return management.county(null);
		}
		catch (BusinessRuleViolation ex) {
			return null;
		}
	}

	/**
	 * The ids a cell names (by name or code), each once in the file; an unknown one is a
	 * problem of the cell.
	 */
	private static List<String> ids(ExcelTable.RowValues row, String column, Map<String, String> known, String unknown,
			Set<String> seen) {
		String text = row.optional(column, 1000);
		List<String> ids = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return ids;
		}
		for (String word : text.split("[、,，;；\\s]+")) {
			if (word.isBlank()) {
				continue;
			}
			String id = known.get(word.trim());
			if (id == null) {
				row.problem(column, unknown, word);
			}
			else if (!seen.add(column + id)) {
				row.problem(column, "import.value.duplicate", word);
			}
			else {
				ids.add(id);
			}
		}
		return ids;
	}

	/** Ids by name and by code. */
	private static <T> Map<String, String> codes(List<T> items, Function<T, String> id, Function<T, String> name) {
		Map<String, String> map = new HashMap<>();
		for (T item : items) {
			map.put(id.apply(item), id.apply(item));
			map.put(name.apply(item), id.apply(item));
		}
		return map;
	}

	/** A column's header in the register's (Chinese) file. */
	private String header(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}

}
