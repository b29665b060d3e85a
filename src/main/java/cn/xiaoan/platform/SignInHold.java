package cn.xiaoan.platform;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Keeps everyone out while the installation is still being filled in at its first start
 * (the demo data, ADR 0052): the login page serves and says so ("演示数据准备中"), every sign-in
 * and every page or API call is refused until the last holder releases. No one can
 * therefore see half-made data. Holders nest; a holder releases in a finally block.
 * Health (and readiness) is OUT_OF_SERVICE meanwhile, so a load balancer or a script
 * waiting for {@code /actuator/health} waits for the data too.
 */
@Component
public class SignInHold implements HealthIndicator {

	private final AtomicInteger holders = new AtomicInteger();

	public void hold() {
		holders.incrementAndGet();
	}

	public void release() {
		holders.updateAndGet(n -> Math.max(0, n - 1));
	}

	/** Read by the login page ({@code @signInHold.held()}) and by the filter. */
	public boolean held() {
		return holders.get() > 0;
	}

	@Override
	public Health health() {
		return held() ? Health.outOfService().build() : Health.up().build();
	}

}
