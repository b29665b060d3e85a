package cn.xiaoan.audit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Records refused requests — a role or scope that does not reach ({@link AccessDenied},
 * 403) or an id outside the scope, answered as unknown ({@link NotFound}, 404) — on the
 * way to the page and API error handlers, which still answer them. A probe must not flood
 * the trail: each caller (account, or address when signed out) gets {@value #PER_MINUTE}
 * entries a minute; the refusals beyond are counted and written as one coalesced entry
 * when the minute is over.
 */
@Component
class RefusedRequests implements HandlerExceptionResolver, Ordered {

	static final int PER_MINUTE = 10;

	/** Callers tracked at once; beyond, every window is flushed and forgotten. */
	private static final int MAX_CALLERS = 10_000;

	private static final long MINUTE = 60_000_000_000L;

	private static final Logger log = LoggerFactory.getLogger(RefusedRequests.class);

	private final AuditTrail trail;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	RefusedRequests(AuditTrail trail) {
		this.trail = trail;
	}

	/** One caller's minute: refusals written, and those counted only. */
	private static final class Window {

		Window(CurrentUser caller, String address) {
			this.caller = caller;
			this.address = address;
		}

		final long started = System.nanoTime();

		final CurrentUser caller;

		final String address;

		int written;

		int suppressed;

		String method;

		String path;

		int status;

	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (ex instanceof AccessDenied || ex instanceof NotFound) {
			record(request.getMethod(), request.getRequestURI(), ex instanceof AccessDenied ? 403 : 404,
					request.getRemoteAddr());
		}
		return null; // the error handlers answer
	}

	void record(String method, String path, int status, String address) {
		CurrentUser caller = Callers.currentOrNull();
		String key = caller != null ? "a" + caller.accountId() : "ip" + address;
		if (windows.size() >= MAX_CALLERS && !windows.containsKey(key)) {
			flush(true);
		}
		Window window = windows.computeIfAbsent(key, k -> new Window(caller, address));
		boolean write;
		synchronized (window) {
			write = window.written < PER_MINUTE;
			if (write) {
				window.written++;
			}
			else {
				window.suppressed++;
				window.method = method;
				window.path = path;
				window.status = status;
			}
		}
		if (write) {
			try {
				trail.refused(caller, address, "REFUSED", method, path, status, 1);
			}
			catch (RuntimeException failure) {
				// the refusal is still answered; the database's trouble shows elsewhere
				log.warn("Could not record a refused request: {}", failure.getMessage());
			}
		}
	}

	/**
	 * Writes the coalesced entry of every caller whose minute is over (or of all, when
	 * the map is full) and forgets them.
	 */
	@Scheduled(fixedDelay = 15_000)
	void flushElapsed() {
		flush(false);
	}

	void flush(boolean all) {
		long now = System.nanoTime();
		windows.forEach((key, window) -> {
			if (all || now - window.started >= MINUTE) {
				windows.remove(key, window);
				synchronized (window) {
					if (window.suppressed > 0) {
						trail.refused(window.caller, window.address, "REFUSED_MANY", window.method, window.path,
								window.status, window.suppressed);
					}
				}
			}
		});
	}

}
