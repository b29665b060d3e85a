package cn.xiaoan.platform;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The admission gate in front of password checks, with tiny limits. */
class PasswordCheckGateTests {

	private final ExecutorService pool = Executors.newCachedThreadPool();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final CountDownLatch release = new CountDownLatch(1);

	@AfterEach
	void stop() {
		release.countDown();
		pool.shutdownNow();
	}

	/** Occupies a slot of the gate until {@link #release}; answers once it runs. */
	private CompletableFuture<Boolean> holdSlot(PasswordCheckGate gate, CountDownLatch running) {
		return CompletableFuture.supplyAsync(() -> gate.check(() -> {
			running.countDown();
			try {
				return release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}), pool);
	}

	private static void awaitWaiting(PasswordCheckGate gate, SimpleMeterRegistry meters, int n)
			throws InterruptedException {
		for (int i = 0; i < 500 && meters.get("xiaoan.login.gate.waiting").gauge().value() < n; i++) {
			Thread.sleep(10);
		}
		assertThat(meters.get("xiaoan.login.gate.waiting").gauge().value()).isEqualTo(n);
	}

	@Test
	void aFullQueueIsRefusedAtOnceWhileTheQueuedCallerGetsItsTurn() throws Exception {
		PasswordCheckGate gate = new PasswordCheckGate(1, 1, Duration.ofSeconds(5), meters);
		CountDownLatch running = new CountDownLatch(1);
		CompletableFuture<Boolean> first = holdSlot(gate, running);
		assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> gate.check(() -> "second"), pool);
		awaitWaiting(gate, meters, 1);
		assertThat(gate.admits()).isFalse();

		long start = System.nanoTime();
		assertThatThrownBy(() -> gate.check(() -> "third")).isInstanceOf(LoginOverloaded.class)
			.satisfies(ex -> assertThat(((LoginOverloaded) ex).retryAfterSeconds()).isEqualTo(5));
		assertThatThrownBy(gate::requireRoom).isInstanceOf(LoginOverloaded.class);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
		assertThat(queued).isNotDone();

		release.countDown();
		assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
		assertThat(queued.get(5, TimeUnit.SECONDS)).isEqualTo("second");
		assertThat(gate.admits()).isTrue();
		assertThat(meters.get("xiaoan.login.gate.rejected").tag("reason", "queue-full").counter().count()).isEqualTo(1);
		assertThat(meters.get("xiaoan.login.gate.rejected").tag("reason", "at-the-door").counter().count())
			.isEqualTo(1);
		assertThat(meters.get("xiaoan.login.password.check").timer().count()).isEqualTo(2);
	}

	@Test
	void aQueuedCallerGivesUpAfterTheWait() throws Exception {
		PasswordCheckGate gate = new PasswordCheckGate(1, 5, Duration.ofMillis(200), meters);
		CountDownLatch running = new CountDownLatch(1);
		holdSlot(gate, running);
		assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
		long start = System.nanoTime();
		assertThatThrownBy(() -> gate.check(() -> "late")).isInstanceOf(LoginOverloaded.class)
			.satisfies(ex -> assertThat(((LoginOverloaded) ex).retryAfterSeconds()).isEqualTo(1));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
		assertThat(meters.get("xiaoan.login.gate.rejected").tag("reason", "timeout").counter().count()).isEqualTo(1);
		assertThat(meters.get("xiaoan.login.gate.waiting").gauge().value()).isZero();
	}

	@Test
	void refusedCallersAreToldToComeBackOneAfterAnotherAtTheRateTheSlotsServe() throws Exception {
		PasswordCheckGate gate = fullGateWithChecksOf400Millis();
		long[] told = new long[10];
		for (int i = 0; i < told.length; i++) {
			told[i] = ((LoginOverloaded) org.assertj.core.api.Assertions.catchThrowable(gate::requireRoom))
				.retryAfterSeconds();
		}
		// one return every ~0.4 s (one slot, checks of 0.4 s): ten refusals spread over
		// ~4 s
		assertThat(told).isSorted();
		assertThat(told[0]).isEqualTo(1);
		assertThat(told[9]).isBetween(4L, 5L);
	}

	@Test
	void noRefusedCallerIsToldToWaitLongerThanAMinute() throws Exception {
		PasswordCheckGate gate = fullGateWithChecksOf400Millis();
		long longest = 0;
		for (int i = 0; i < 1_000; i++) {
			longest = Math.max(longest, gate.retryAfterSeconds());
		}
		assertThat(longest).isEqualTo(PasswordCheckGate.LONGEST_RETRY.toSeconds());
	}

	/** One slot, held; no queue; a check timed at 0.4 s: every newcomer is refused. */
	private PasswordCheckGate fullGateWithChecksOf400Millis() throws InterruptedException {
		PasswordCheckGate gate = new PasswordCheckGate(1, 0, Duration.ZERO, meters);
		gate.check(() -> sleep(400));
		CountDownLatch running = new CountDownLatch(1);
		holdSlot(gate, running);
		assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
		return gate;
	}

	private static boolean sleep(long millis) {
		try {
			Thread.sleep(millis);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Test
	void aSlotIsReturnedWhenTheCheckFails() {
		PasswordCheckGate gate = new PasswordCheckGate(1, 0, Duration.ZERO, meters);
		assertThatThrownBy(() -> gate.check(() -> {
			throw new IllegalStateException("broken hash");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(gate.check(() -> "next")).isEqualTo("next");
	}

	@Test
	void atMostTheConfiguredNumberOfChecksRunAtOnce() throws Exception {
		PasswordCheckGate gate = new PasswordCheckGate(2, 50, Duration.ofSeconds(5), meters);
		var now = new java.util.concurrent.atomic.AtomicInteger();
		var most = new java.util.concurrent.atomic.AtomicInteger();
		var calls = new java.util.ArrayList<CompletableFuture<Integer>>();
		for (int i = 0; i < 12; i++) {
			calls.add(CompletableFuture.supplyAsync(() -> gate.check(() -> {
				most.accumulateAndGet(now.incrementAndGet(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return now.decrementAndGet();
			}), pool));
		}
		CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
		assertThat(most.get()).isEqualTo(2);
	}

	@Test
	void theEncoderChecksPasswordsThroughTheGate() throws Exception {
		PasswordCheckGate gate = new PasswordCheckGate(1, 0, Duration.ZERO, meters);
		var encoder = new GatedPasswordEncoder(new BCryptPasswordEncoder(4), gate);
		String hash = encoder.encode("Xiaoan@2026");
		assertThat(encoder.matches("Xiaoan@2026", hash)).isTrue();
		assertThat(encoder.matches("wrong", hash)).isFalse();
		CountDownLatch running = new CountDownLatch(1);
		holdSlot(gate, running);
		assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
		assertThatThrownBy(() -> encoder.matches("Xiaoan@2026", hash)).isInstanceOf(LoginOverloaded.class);
	}

	@Test
	void aFormSignInFindingNoRoomIsShownTheLoginPageAgainBeforeAnyLookup() throws Exception {
		PasswordCheckGate gate = new PasswordCheckGate(1, 0, Duration.ZERO, meters);
		var filter = new LoginAdmissionFilter(gate, messages(), new FixedLocaleResolver(Locale.SIMPLIFIED_CHINESE));
		var request = new MockHttpServletRequest("POST", "/login");
		var response = new MockHttpServletResponse();
		var chain = new MockFilterChain();
		filter.doFilter(request, response, chain);
		assertThat(chain.getRequest()).isNotNull();

		CountDownLatch running = new CountDownLatch(1);
		holdSlot(gate, running);
		assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
		response = new MockHttpServletResponse();
		chain = new MockFilterChain();
		filter.doFilter(new MockHttpServletRequest("POST", "/login"), response, chain);
		assertThat(chain.getRequest()).isNull();
		assertThat(response.getForwardedUrl()).isEqualTo(LoginOverloaded.BUSY_PAGE);

		response = new MockHttpServletResponse();
		chain = new MockFilterChain();
		filter.doFilter(new MockHttpServletRequest("POST", "/api/v1/session"), response, chain);
		assertThat(chain.getRequest()).isNull();
		assertThat(response.getStatus()).isEqualTo(429);
		assertThat(response.getHeader("Retry-After")).isEqualTo("1");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":429", "登录人数较多，请稍后重试");

		chain = new MockFilterChain();
		filter.doFilter(new MockHttpServletRequest("GET", "/login"), new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();
	}

	private static StaticMessageSource messages() {
		var messages = new StaticMessageSource();
		messages.addMessage("login.busy", Locale.SIMPLIFIED_CHINESE, "登录人数较多，请稍后重试");
		return messages;
	}

	@Test
	void theQueueShrinksToWhatTheSlotsGetThroughWithinTheWait() throws Exception {
		PasswordCheckGate gate = new PasswordCheckGate(1, 100, Duration.ofMillis(1000), meters);
		assertThat(gate.room()).isEqualTo(100);
		gate.check(() -> {
			try {
				Thread.sleep(150);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return true;
		});
		double took = meters.get("xiaoan.login.password.check").timer().totalTime(TimeUnit.NANOSECONDS);
		int expected = (int) (1e9 / took);
		assertThat(expected).isBetween(1, 6);
		assertThat(gate.room()).isEqualTo(expected);
		CountDownLatch running = new CountDownLatch(1);
		holdSlot(gate, running);
		assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
		for (int i = 0; i < expected; i++) {
			CompletableFuture.runAsync(() -> gate.check(() -> "queued"), pool).exceptionally(ex -> null);
		}
		awaitWaiting(gate, meters, expected);
		assertThat(gate.admits()).isFalse();
		assertThatThrownBy(() -> gate.check(() -> "one too many")).isInstanceOf(LoginOverloaded.class);
	}

	@Test
	void nonsenseLimitsAreRefused() {
		assertThatThrownBy(() -> new PasswordCheckGate(0, 1, Duration.ofSeconds(1), meters))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PasswordCheckGate(1, -1, Duration.ofSeconds(1), meters))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
