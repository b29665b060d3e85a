package cn.xiaoan.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A real PostgreSQL stopped under a real connection pool: what a request meets then is an
 * outage, answered 503 with Retry-After, not a 500.
 */
class DatabaseOutageIntegrationTests {

	private static EmbeddedServer server;

	private static HikariDataSource pool;

	private final DatabaseOutageFilter filter;

	DatabaseOutageIntegrationTests() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("error.unavailable", Locale.ENGLISH, "Try again in a few seconds.");
		messages.addMessage("error.unavailable.title", Locale.ENGLISH, "Unavailable");
		filter = new DatabaseOutageFilter(messages, new FixedLocaleResolver(Locale.ENGLISH));
	}

	@BeforeAll
	static void startAndStopTheDatabase() throws Exception {
		Path dir = Files.createTempDirectory("xa-outage").resolve("pg");
		server = EmbeddedServer.start(dir, true, 0);
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(server.jdbcUrl());
		config.setUsername(DatabaseSecret.OWNER);
		config.setPassword(server.secret().ownerPassword());
		config.setConnectionTimeout(1_000);
		config.setMinimumIdle(0);
		config.setMaximumPoolSize(2);
		pool = new HikariDataSource(config);
		new JdbcTemplate(pool).queryForObject("select 1", Integer.class);
		server.close();
	}

	@AfterAll
	static void closePool() {
		pool.close();
	}

	@Test
	void anApiCallDuringAnOutageGetsA503ProblemWithRetryAfter() throws Exception {
		MockHttpServletResponse response = run("/api/v1/hazards", "application/json");
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":503").contains("Try again in a few seconds.");
	}

	@Test
	void aPageDuringAnOutageGetsA503PageThatNeedsNoDatabase() throws Exception {
		MockHttpServletResponse response = run("/hazards", "text/html");
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentAsString()).contains("<h1>Unavailable</h1>").contains("http-equiv=\"refresh\"");
	}

	@Test
	void aBadStatementIsNotAnOutage() {
		assertThatThrownBy(
				() -> new DatabaseOutageFilter(new StaticMessageSource(), new FixedLocaleResolver(Locale.ENGLISH))
					.doFilter(new MockHttpServletRequest("GET", "/x"), new MockHttpServletResponse(),
							new MockFilterChain(new Failing(new BadSqlGrammarException("q", "selec",
									new java.sql.SQLException("syntax error", "42601"))))))
			.isInstanceOf(ServletException.class);
		assertThat(DatabaseOutageFilter
			.isOutage(new BadSqlGrammarException("q", "selec", new java.sql.SQLException("syntax error", "42601"))))
			.isFalse();
	}

	private MockHttpServletResponse run(String path, String accept) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addHeader("Accept", accept);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain(new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
				new JdbcTemplate(pool).queryForObject("select 1", Integer.class);
			}
		}));
		return response;
	}

	private static final class Failing extends HttpServlet {

		private final RuntimeException failure;

		Failing(RuntimeException failure) {
			this.failure = failure;
		}

		@Override
		protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException {
			throw new ServletException(failure);
		}

	}

}
