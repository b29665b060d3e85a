package cn.xiaoan.policy;

import cn.xiaoan.shared.BusinessRuleViolation;
import cn.xiaoan.support.Demo;
import cn.xiaoan.support.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Overrides of a policy setting by a region's bureau. */
@PlatformTest
class PolicyOverrideIntegrationTests {

	@Autowired
	Demo demo;

	@Autowired
	PolicyManagement policy;

	@Test
	void anOverrideNeedsALegalBasisAndASensibleValue() {
		assertThatThrownBy(() -> demo.runAs("wz_admin",
				() -> policy.override(PolicySetting.GUARD_EXTRA_PER_PEOPLE, "450400", "0", "")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class,
					ex -> assertThat(ex.fieldErrors()).containsKeys("value", "legalBasis"));
		assertThatThrownBy(() -> demo.runAs("tzz_admin",
				() -> policy.override(PolicySetting.GUARD_EXTRA_PER_PEOPLE, "450422100", "300", "乡镇")))
			.isInstanceOf(RuntimeException.class);
	}

}
