package cn.xiaoan.people;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;

import cn.xiaoan.policy.PolicyManagement;
import cn.xiaoan.policy.PolicySetting;
import cn.xiaoan.shared.Role;

import org.springframework.stereotype.Component;

/**
 * 等保2.0 三级 口令定期更换: the system and bureau administrators — the accounts that can reset
 * everyone else's password — must set a new password once theirs is older than
 * {@link PolicySetting#ADMIN_PASSWORD_MAX_AGE_DAYS} (in force where they work). An
 * expired password still signs in, straight into the forced change.
 */
@Component
class PasswordExpiry {

	private final PolicyManagement policy;

	private final Clock clock;

	PasswordExpiry(PolicyManagement policy, Clock clock) {
		this.policy = policy;
		this.clock = clock;
	}

	static boolean applies(Role role) {
		return role == Role.SYSTEM_ADMIN || role == Role.BUREAU_ADMIN;
	}

	/** The maximum age when the account's password has passed it, else empty. */
	OptionalInt expired(AccountRow row) {
		if (!applies(row.role()) || row.passwordChangedAt() == null) {
			return OptionalInt.empty();
		}
		int days = Integer.parseInt(policy
			.effective(PolicySetting.ADMIN_PASSWORD_MAX_AGE_DAYS, row.regionCode() == null ? "" : row.regionCode())
			.value());
		return row.passwordChangedAt().plus(Duration.ofDays(days)).isBefore(clock.instant()) ? OptionalInt.of(days)
				: OptionalInt.empty();
	}

}
