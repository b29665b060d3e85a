package cn.xiaoan.platform;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import cn.xiaoan.shared.OffCpu;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Students' own requests run at most a few at a time; the others wait their turn and are
 * answered 503 with Retry-After only when the wait is over; officials' pages and
 * inspections never wait in that lane.
 */
class StudentLaneTests {

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	final StudentLane lane = new StudentLane(1, Duration.ofMillis(200), meters);

	final CountDownLatch inside = new CountDownLatch(1);

	final CountDownLatch release = new CountDownLatch(1);

	/** A submission that holds the only slot until released. */
	Thread holdTheSlot() throws Exception {
		Thread first = new Thread(() -> {
			try {
				lane.doFilter(new MockHttpServletRequest("POST", "/api/v1/my/homework/1/attempts"),
						new MockHttpServletResponse(), (request, response) -> {
							inside.countDown();
							try {
								release.await(5, TimeUnit.SECONDS);
							}
							catch (InterruptedException e) {
								Thread.currentThread().interrupt();
							}
						});
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		first.start();
		assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
		return first;
	}

	@Test
	void aStudentsRequestBeyondTheLaneWaitsThenIsAskedToRetry() throws Exception {
		Thread first = holdTheSlot();
		MockHttpServletResponse second = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		long start = System.nanoTime();
		lane.doFilter(new MockHttpServletRequest("POST", "/api/v1/my/homework/2/attempts"), second, chain);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
		assertThat(second.getStatus()).isEqualTo(503);
		assertThat(second.getHeader("Retry-After")).isEqualTo("2");
		assertThat(chain.getRequest()).as("the refused request never reached the application").isNull();
		release.countDown();
		first.join();
	}

	@Test
	void aStudentsRequestIsServedOnceTheSlotIsFree() throws Exception {
		Thread first = holdTheSlot();
		new Thread(() -> {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			release.countDown();
		}).start();
		MockHttpServletResponse second = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		lane.doFilter(new MockHttpServletRequest("GET", "/my/homework"), second, chain);
		assertThat(second.getStatus()).isEqualTo(200);
		assertThat(chain.getRequest()).isNotNull();
		first.join();
	}

	@Test
	void officialsPagesAndInspectionsNeverWaitInTheStudentsLane() throws Exception {
		Thread first = holdTheSlot();
		for (String path : new String[] { "/hazards", "/api/v1/inspections/tasks/1/submission", "/campaigns/3",
				"/mystery" }) {
			MockFilterChain chain = new MockFilterChain();
			long start = System.nanoTime();
			lane.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), chain);
			assertThat(chain.getRequest()).as(path).isNotNull();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as(path).isLessThan(Duration.ofMillis(150));
		}
		release.countDown();
		first.join();
	}

	@Test
	void aRequestWaitingOnlyForTheDatabaseLeavesItsPlaceToTheNextAndTakesItBack() throws Exception {
		CountDownLatch secondServed = new CountDownLatch(1);
		boolean[] servedWhileWaiting = { false };
		double[] runningWhileAway = { Double.NaN };
		Thread first = new Thread(() -> {
			try {
				lane.doFilter(new MockHttpServletRequest("POST", "/api/v1/my/homework/1/attempts"),
						new MockHttpServletResponse(),
						(request, response) -> OffCpu.waiting(() -> OffCpu.waiting(() -> {
							runningWhileAway[0] = meters.get("xiaoan.web.student.lane.running").gauge().value();
							inside.countDown();
							try {
								servedWhileWaiting[0] = secondServed.await(5, TimeUnit.SECONDS);
							}
							catch (InterruptedException e) {
								Thread.currentThread().interrupt();
							}
							return null;
						})));
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		first.start();
		assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
		MockHttpServletResponse second = new MockHttpServletResponse();
		lane.doFilter(new MockHttpServletRequest("POST", "/api/v1/my/homework/2/attempts"), second,
				(request, response) -> secondServed.countDown());
		assertThat(second.getStatus()).isEqualTo(200);
		first.join();
		assertThat(servedWhileWaiting[0]).isTrue();
		assertThat(runningWhileAway[0]).as("its one place left once, not once per nested wait").isZero();
		assertThat(meters.get("xiaoan.web.student.lane.running").gauge().value())
			.as("the place left once though the wait was nested, taken back once and given up once")
			.isZero();
	}

}
