package cn.xiaoan.platform;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import cn.xiaoan.shared.OffCpu;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A lane of its own for students' and parents' own requests ({@code /my/…},
 * {@code /api/v1/my/…}: homework, quizzes, confirmations) so that a campaign evening's
 * spike cannot take every core and every database connection from the officials and
 * inspectors working at the same time (issue 16, ADR 0060).
 * <p>
 * At most {@code xiaoan.web.student-lane.concurrency} such requests run at once (default
 * one per core: since a request waiting for its group commit leaves its place, twice the
 * cores let the spike take the officials' CPU, ADR 0065); the others wait their turn,
 * first come first served, parked rather than spinning. One still waiting after
 * {@code xiaoan.web.student-lane.wait} is answered 503 with {@code Retry-After} (a
 * submission carries its id, so the app's retry is absorbed). Officials' pages, the
 * inspectors' forms and everything else never wait here. Fewer submissions running at
 * once also costs less CPU each on a small machine: less switching between threads that
 * all want the same two cores. A request that only waits for the database to commit its
 * group ({@link OffCpu}) hands its place back meanwhile.
 */
class StudentLane extends OncePerRequestFilter {

	static final List<String> PREFIXES = List.of("/my/", "/api/v1/my/");

	private final Semaphore running;

	private final Duration wait;

	private final AtomicInteger waiting = new AtomicInteger();

	private final Counter refused;

	StudentLane(int concurrency, Duration wait, MeterRegistry meters) {
		if (concurrency < 1 || wait.isNegative()) {
			throw new IllegalArgumentException(
					"student lane: concurrency >= 1 and wait >= 0 (got %d, %s)".formatted(concurrency, wait));
		}
		this.running = new Semaphore(concurrency, true);
		this.wait = wait;
		this.refused = Counter.builder("xiaoan.web.student.lane.refused")
			.description("Students' requests refused after waiting for the lane")
			.register(meters);
		meters.gauge("xiaoan.web.student.lane.waiting", waiting);
		meters.gauge("xiaoan.web.student.lane.running", running, slots -> concurrency - slots.availablePermits());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return PREFIXES.stream().noneMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean admitted;
		waiting.incrementAndGet();
		try {
			admitted = running.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		finally {
			waiting.decrementAndGet();
		}
		if (!admitted) {
			refused.increment();
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader(HttpHeaders.RETRY_AFTER, "2");
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
						+ "\"detail\":\"too many students at once; retry after Retry-After seconds\"}");
			return;
		}
		OffCpu.hold(new OffCpu.Place() {

			@Override
			public void leave() {
				running.release();
			}

			@Override
			public void retake() {
				running.acquireUninterruptibly();
			}

		});
		try {
			chain.doFilter(request, response);
		}
		finally {
			OffCpu.hold(null);
			running.release();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/**
		 * Ahead of Spring Security: a waiting request has cost nothing yet (no token
		 * lookup, no session).
		 */
		@Bean
		FilterRegistrationBean<StudentLane> studentLane(
				@Value("${xiaoan.web.student-lane.concurrency:0}") int concurrency,
				@Value("${xiaoan.web.student-lane.wait:10s}") Duration wait, MeterRegistry meters) {
			int slots = concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors();
			var registration = new FilterRegistrationBean<>(new StudentLane(slots, wait, meters));
			registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
			return registration;
		}

	}

}
