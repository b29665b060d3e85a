package cn.xiaoan.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The query-string check of CSRF tokens reads parameter names, not values. */
class HeaderOrBodyCsrfTokensTests {

	@Test
	void theQueryStringCheckReadsParameterNamesOnly() {
		assertThat(HeaderOrBodyCsrfTokens.inQuery("a=1&_csrf=x", "_csrf")).isTrue();
		assertThat(HeaderOrBodyCsrfTokens.inQuery("%5Fcsrf=x", "_csrf")).isTrue();
		assertThat(HeaderOrBodyCsrfTokens.inQuery("q=_csrf", "_csrf")).isFalse();
		assertThat(HeaderOrBodyCsrfTokens.inQuery(null, "_csrf")).isFalse();
	}

}
