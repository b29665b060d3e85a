package cn.xiaoan.analytics;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.xiaoan.notification.Notifications;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.EntityChanged;
import cn.xiaoan.shared.NotFound;
import cn.xiaoan.shared.RegionCode;
import cn.xiaoan.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quarterly and yearly reports of a bureau's own region: generated as PDF and workbook,
 * archived, and sent to the bureau above — which reads it in its list (its scope covers
 * the region) and hears of it in its inbox. A bureau lists its own and every lower
 * bureau's reports.
 */
@Service
@Transactional
public class ReportManagement {

	private static final Set<Role> BUREAU = Set.of(Role.BUREAU_ADMIN, Role.BUREAU_SAFETY_OFFICER);

	private final AnalyticsManagement analytics;

	private final ReportPdf pdf;

	private final ReportWorkbook workbook;

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	ReportManagement(AnalyticsManagement analytics, ReportPdf pdf, ReportWorkbook workbook, JdbcClient jdbc,
			Notifications notifications, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.analytics = analytics;
		this.pdf = pdf;
		this.workbook = workbook;
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Generates, archives and sends up the report of the caller's region for a quarter or
	 * year.
	 */
	public long generate(String periodKey) {
		CurrentUser me = Callers.current().require(AnalyticsManagement.ANALYTICS_READ);
		String region = analytics.region(null);
		if (region.isEmpty()) {
			throw new AccessDenied("reports are a bureau's");
		}
		Period period = Period.of(periodKey, null, null, analytics.today());
		if (period.kind() != Period.Kind.QUARTER && period.kind() != Period.Kind.YEAR) {
			throw new BusinessRuleViolation("period", "analytics.report.periodKind");
		}
		HazardAnalysis a = analytics.hazards(period, region, null);
		String title = title(a);
		long id = jdbc.sql("""
				insert into analytics.report (region_code, period_key, period_from, period_to, unit_name, pdf, xlsx,
				    created_by, created_by_name, created_at)
				values (:r, :k, :f, :t, :u, :pdf, :xlsx, :by, :name, :at) returning id""")
			.param("r", region)
			.param("k", period.key())
			.param("f", period.from())
			.param("t", period.to())
			.param("u", a.unitName())
			.param("pdf", pdf.render(a, title))
			.param("xlsx", workbook.render(a))
			.param("by", me.accountId())
			.param("name", me.displayName())
			.param("at", OffsetDateTime.now(clock))
			.query(Long.class)
			.single();
		events.publishEvent(EntityChanged.created("analytics_report", id, region, null,
				Map.of("period", period.key(), "region", region)));
		RegionCode above = RegionCode.of(region).parent();
		if (above != null) {
			notifications.toBureau(above, BUREAU, "notify.analytics.report", "/analytics/reports", a.unitName(),
					messages.getMessage(period.labelKey(), period.labelArgs(), Locale.SIMPLIFIED_CHINESE));
		}
		return id;
	}

	/** The report's title: unit, period, and what it is. */
	String title(HazardAnalysis a) {
		Locale zh = Locale.SIMPLIFIED_CHINESE;
		return messages.getMessage("analytics.report.pdfTitle",
				new Object[] { a.unitName(), messages.getMessage(a.period().labelKey(), a.period().labelArgs(), zh) },
				zh);
	}

	/** The reports of the caller's region and every region below, newest first. */
	@Transactional(readOnly = true)
	public List<Report> list() {
		String region = analytics.region(null);
		return jdbc.sql("""
				select id, region_code, unit_name, period_key, period_from, period_to, created_by_name, created_at
				from analytics.report where region_code like :p || '%' order by created_at desc, id desc limit 500""")
			.param("p", region.isEmpty() ? "" : RegionCode.of(region).prefix())
			.query((rs, n) -> new Report(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), rs.getString(7),
					rs.getObject(8, OffsetDateTime.class)))
			.list();
	}

	/**
	 * A report's file ("pdf" or "xlsx") with its report, if the caller's region covers
	 * it.
	 */
	@Transactional(readOnly = true)
	public byte[] file(long id, boolean pdfFile) {
		String region = analytics.region(null);
		String prefix = region.isEmpty() ? "" : RegionCode.of(region).prefix();
		return jdbc
			.sql("select " + (pdfFile ? "pdf" : "xlsx")
					+ " from analytics.report where id = :id and region_code like :p || '%'")
			.param("id", id)
			.param("p", prefix)
			.query(byte[].class)
			.optional()
			.orElseThrow(() -> new NotFound("report", id));
	}

	@Transactional(readOnly = true)
	public Report report(long id) {
		return list().stream().filter(r -> r.id() == id).findFirst().orElseThrow(() -> new NotFound("report", id));
	}

}
