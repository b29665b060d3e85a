package cn.xiaoan.accident;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.xiaoan.org.OrgManagement;
import cn.xiaoan.shared.DownloadName;
import cn.xiaoan.shared.ExcelExport;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accident ledger (事故台账) and each statistics table as workbooks: Chinese columns and
 * words, Beijing time, whatever the reader's language, since the files go to other
 * offices. No names of people: the ledger carries counts only.
 */
@Service
@Transactional(readOnly = true)
class AccidentExports {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final AccidentLedger ledger;

	private final AccidentStatistics statistics;

	private final OrgManagement org;

	private final MessageSource messages;

	private final Clock clock;

	AccidentExports(AccidentLedger ledger, AccidentStatistics statistics, OrgManagement org, MessageSource messages,
			Clock clock) {
		this.ledger = ledger;
		this.statistics = statistics;
		this.org = org;
		this.messages = messages;
		this.clock = clock;
	}

	DownloadName ledgerName() {
		return DownloadName.of(org.callerUnitName(), text("accident.export.ledger"), clock, ".xlsx");
	}

	void ledger(AccidentQuery query, OutputStream out) throws IOException {
		List<AccidentSummary> rows = ledger.all(query);
		Map<Long, String> schools = ledger.schoolNames(rows);
		List<String> headers = List
			.of("accident.number", "accident.school", "accident.occurredAt", "accident.place", "accident.kind",
					"accident.severity", "accident.hurt", "accident.deaths", "accident.reportedAt", "accident.late",
					"accident.disruption", "accident.state")
			.stream()
			.map(this::text)
			.toList();
		ExcelExport.write(out, text("accident.export.ledger"), headers, rows,
				a -> List.of(a.number(), schools.getOrDefault(a.schoolId(), ""), minute(a.occurredAt()), a.place(),
						text(a.kind().messageKey()), text(a.severity().messageKey()), a.hurt(), a.deaths(),
						minute(a.reportedAt()), a.late(), a.disruption(),
						text(a.closed() ? "accident.state.closed" : "accident.state.open")));
	}

	DownloadName tableName(String table) {
		return DownloadName.of(org.callerUnitName(), text("accident.stats.table." + table), clock, ".xlsx");
	}

	void table(String table, String region, Integer schoolYear, OutputStream out) throws IOException {
		AccidentStatistics.Tables tables = statistics.tables(region, schoolYear);
		List<AccidentStatistics.Row> rows = tables.table(table);
		// people hurt are counted by age group, accidents by everything else
		boolean people = table.equals("ageGroup");
		List<String> columns = people ? List.of("accident.stats.table." + table, "accident.hurt", "accident.deaths")
				: List.of("accident.stats.table." + table, "accident.stats.accidents", "accident.hurt",
						"accident.deaths", "accident.stats.serious", "accident.stats.late");
		ExcelExport.write(out, text("accident.stats.table." + table), columns.stream().map(this::text).toList(), rows,
				r -> people ? List.of(text(r.key()), r.hurt(), r.deaths())
						: List.of(r.keyed() ? text(r.key()) : r.key(), r.accidents(), r.hurt(), r.deaths(), r.serious(),
								r.late()));
	}

	private static String minute(OffsetDateTime at) {
		return ExcelExport.minute(at);
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, CHINESE);
	}

}
