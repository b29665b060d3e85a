package cn.xiaoan.analytics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A report's workbook: the tables of its charts, one sheet each. */
@Component
class ReportWorkbook {

	private final MessageSource messages;

	ReportWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(HazardAnalysis a) {
		Locale l = Locale.SIMPLIFIED_CHINESE;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook wb = new Workbook(out, "XiaoAn", "1.0");
			sheet(wb, msg(l, "analytics.chart.category"),
					List.of(msg(l, "analytics.col.category"), msg(l, "analytics.col.current"),
							msg(l, "analytics.col.previous"), msg(l, "analytics.col.lastYear")),
					a.byCategory()
						.stream()
						.map(r -> List.<Object>of(msg(l, "category." + r.category()), r.current(), r.previous(),
								r.lastYear()))
						.toList());
			sheet(wb, msg(l, "analytics.chart.month"),
					List.of(msg(l, "analytics.col.month"), msg(l, "analytics.col.found"), msg(l, "analytics.col.done"),
							msg(l, "analytics.col.major"), msg(l, "analytics.col.lastYearSameMonth")),
					a.byMonth()
						.stream()
						.map(r -> List.<Object>of(r.month().toString().substring(0, 7), r.hazards(), r.done(),
								r.major(), r.lastYear()))
						.toList());
			sheet(wb, msg(l, a.unitsAreSchools() ? "analytics.chart.unit.schools" : "analytics.chart.unit"),
					List.of(msg(l, a.unitsAreSchools() ? "analytics.col.school" : "analytics.col.region"),
							msg(l, "analytics.col.found"), msg(l, "analytics.col.done"), msg(l, "analytics.col.major"),
							msg(l, "analytics.col.rectificationRate")),
					a.byUnit()
						.stream()
						.map(r -> List.<Object>of(UnitNames.of(r, messages, l), r.hazards(), r.done(), r.major(),
								r.rectificationRate()))
						.toList());
			wb.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void sheet(Workbook wb, String name, List<String> headers, List<List<Object>> rows) {
		Worksheet ws = wb.newWorksheet(name);
		for (int c = 0; c < headers.size(); c++) {
			ws.value(0, c, headers.get(c));
			ws.style(0, c).bold().set();
			ws.width(c, 16);
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				Object v = rows.get(r).get(c);
				if (v instanceof Number n) {
					ws.value(r + 1, c, n);
				}
				else {
					ws.value(r + 1, c, String.valueOf(v));
				}
			}
		}
	}

	private String msg(Locale l, String key) {
		return messages.getMessage(key, null, key, l);
	}

}
