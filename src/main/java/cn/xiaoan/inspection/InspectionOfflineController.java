package cn.xiaoan.inspection;

import java.util.LinkedHashSet;
import java.util.Set;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.Permission;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The inspection form on a phone without signal (ADR 0043): the service worker that keeps
 * the inspector's open task pages (the shared {@code /js/offline-sw.js}, served under
 * {@code /inspections/} so that it may control them), and the pages it keeps. The phone's
 * queue sends to {@link InspectionOfflineApi}.
 */
@Controller
class InspectionOfflineController {

	/** What a task page needs without signal besides itself. */
	static final String ASSETS = "/css/app.css /js/app.js /js/offline-queue.js /js/inspection-task.js "
			+ "/webjars/bootstrap/css/bootstrap.min.css /webjars/bootstrap/js/bootstrap.bundle.min.js "
			+ "/webjars/htmx.org/dist/htmx.min.js /img/app.webmanifest /img/icon-192.png";

	private final InspectionManagement inspections;

	InspectionOfflineController(InspectionManagement inspections) {
		this.inspections = inspections;
	}

	@GetMapping("/inspections/offline-sw.js")
	String serviceWorker() {
		Callers.current().require(Permission.SCHOOL_READ);
		return "forward:/js/offline-sw.js";
	}

	/**
	 * The pages the service worker keeps: every open task of the inspector (so a task
	 * opened once with signal opens again without), this one, and their scripts and
	 * styles.
	 */
	static String cachedUrls(TaskDetail detail, InspectionManagement inspections) {
		Set<String> urls = new LinkedHashSet<>();
		urls.add("/inspections/tasks/" + detail.task().id());
		inspections.myTasks()
			.stream()
			.filter(t -> t.status() == TaskView.TaskStatus.OPEN)
			.limit(30)
			.forEach(t -> urls.add("/inspections/tasks/" + t.id()));
		return String.join(" ", urls) + " " + ASSETS;
	}

}
