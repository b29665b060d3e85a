package cn.xiaoan.platform;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseModeTests {

	@Test
	void theEmbeddedDatabaseGetsDemoDataOnlyWhenAsked() {
		assertThat(new DatabaseMode(new MockEnvironment()).demoEnabled()).isFalse();
		assertThat(new DatabaseMode(new MockEnvironment().withProperty("xiaoan.demo.enabled", "true")).demoEnabled())
			.isTrue();
		assertThat(new DatabaseMode(new MockEnvironment().withProperty("xiaoan.demo.enabled", "true")
			.withProperty(DatabaseMode.OPERATOR_COMMAND, "backup")).demoEnabled()).isFalse();
	}

}
