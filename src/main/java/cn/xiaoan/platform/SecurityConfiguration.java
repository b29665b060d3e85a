package cn.xiaoan.platform;

import java.time.Duration;

import cn.xiaoan.shared.Callers;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * People sign in with a form and a session; integrations send a bearer token. Every page
 * but the login page needs a signed-in caller; what the caller may see is decided in each
 * module's API.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final int BCRYPT_STRENGTH = 10;

	/**
	 * The CSRF tokens of the chain, shared with the API login that starts sessions too.
	 */
	static final HttpSessionCsrfTokenRepository CSRF_TOKENS = new HttpSessionCsrfTokenRepository();

	/**
	 * Only where tokens are accepted at all (BearerTokenFilter refuses them elsewhere);
	 * not the API sign-in, which starts a session.
	 */
	private static final RequestMatcher BEARER = request -> {
		String h = request.getHeader("Authorization");
		return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7) && BearerTokenFilter.forTokens(request)
				&& !SessionController.PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
	};

	/**
	 * At most {@code concurrency} password checks at once (default: one per core), up to
	 * {@code queue} waiting (default: 50 per slot, at most 150, so that most of the 200
	 * request threads stay free for everything else; fewer when the slots would not get
	 * through them within the wait), each for at most {@code wait}; beyond that 429.
	 */
	@Bean
	PasswordCheckGate passwordCheckGate(@Value("${xiaoan.login.gate.concurrency:0}") int concurrency,
			@Value("${xiaoan.login.gate.queue:-1}") int queue, @Value("${xiaoan.login.gate.wait:3s}") Duration wait,
			MeterRegistry meters) {
		int slots = concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors();
		return new PasswordCheckGate(slots, queue >= 0 ? queue : Math.min(50 * slots, 150), wait, meters);
	}

	/**
	 * Ahead of Spring Security's filters (order -100): a refusal costs next to nothing.
	 */
	@Bean
	FilterRegistrationBean<LoginAdmissionFilter> loginAdmissionFilter(PasswordCheckGate gate, MessageSource messages,
			LocaleResolver locales) {
		var registration = new FilterRegistrationBean<>(new LoginAdmissionFilter(gate, messages, locales));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		registration.addUrlPatterns("/login", SessionController.PATH);
		return registration;
	}

	/**
	 * Outermost: a database outage met anywhere, the security filters included, answers
	 * 503 with Retry-After.
	 */
	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(MessageSource messages, LocaleResolver locales) {
		var registration = new FilterRegistrationBean<>(new DatabaseOutageFilter(messages, locales));
		registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Spring Security observes no request, filter or authorization (ADR 0065): with an
	 * observation registry present it wraps every filter of the chain in an observation
	 * of its own, the largest share of a quiz submission's framework time; the HTTP
	 * server observation still times every request.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder(PasswordCheckGate gate) {
		return new GatedPasswordEncoder(new BCryptPasswordEncoder(BCRYPT_STRENGTH), gate);
	}

	/**
	 * Bearer-token calls of the API and the actuator get a chain of their own that keeps
	 * nothing between requests (ADR 0049): no session is read or written (sessions live
	 * in PostgreSQL, ADR 0046), no CSRF token, no saved request, no sign-in or sign-out
	 * filters. A token is a credential on every request, so there is nothing to remember.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain bearerTokenFilterChain(HttpSecurity http, BearerTokens tokens) throws Exception {
		http.securityMatcher(BEARER)
			.authorizeHttpRequests(
					auth -> auth.requestMatchers("/actuator/**").hasRole("SYSTEM_ADMIN").anyRequest().authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(ex -> ex.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeFilter(), BearerTokenFilter.class);
		return headers(http).build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, BearerTokens tokens, IdleTimeout idle,
			LoginName loginName, SignedInAccounts signedIn, SignInRefusals refusals) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.pathPattern("/api/**");
		RequestMatcher apiLogin = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, SessionController.PATH);
		// Peer installations post HMAC-signed envelopes without a session; the exchange
		// module checks the signature (ADR 0056).
		RequestMatcher peerEnvelopes = PathPatternRequestMatcher.pathPattern(HttpMethod.POST,
				"/api/v1/exchange/envelopes");
		http.authorizeHttpRequests(auth -> auth.requestMatchers(apiLogin, peerEnvelopes)
			.permitAll()
			.requestMatchers("/login", LoginOverloaded.BUSY_PAGE, "/webjars/**", "/css/**", "/js/**", "/img/**",
					"/favicon.ico", "/error", "/actuator/health/**", "/actuator/health", "/actuator/info",
					"/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.permitAll()
			// pages anyone may use without an account (the anonymous bullying report, ADR
			// 0036); CSRF stays on for their forms
			.requestMatchers("/public/**")
			.permitAll()
			.requestMatchers(MetricsScrapers.PATH)
			.access(MetricsScrapers.localOrSystemAdmin())
			.requestMatchers("/actuator/**")
			.hasRole("SYSTEM_ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(successHandler(idle, loginName))
				.failureHandler(failureHandler(refusals))
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			// The API login accepts application/json only, which no cross-site form can
			// send.
			.csrf(csrf -> csrf.csrfTokenRepository(CSRF_TOKENS)
				.csrfTokenRequestHandler(new HeaderOrBodyCsrfTokens())
				.ignoringRequestMatchers(apiLogin, peerEnvelopes))
			.exceptionHandling(
					ex -> ex.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
			// here a bearer token only ever meets its refusal (a page or form with one)
			.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeFilter(), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new SignedInAccountFilter(signedIn), UsernamePasswordAuthenticationFilter.class);
		return headers(http).build();
	}

	private static HttpSecurity headers(HttpSecurity http) throws Exception {
		return http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: blob:; "
					+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
					+ "base-uri 'self'; form-action 'self'"))
			.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(f -> f.deny()));
	}

	/**
	 * Overload re-shows the login page with 429; any other failure is a failed attempt,
	 * shown on the login page with the typed name and how many attempts are left or when
	 * the lock lifts ({@link RefusedSignIn}).
	 */
	private AuthenticationFailureHandler failureHandler(SignInRefusals refusals) {
		var failed = new SimpleUrlAuthenticationFailureHandler("/login?error");
		return (request, response, exception) -> {
			if (exception instanceof LoginOverloaded overloaded) {
				overloaded.showLoginPageAgain(request, response);
				return;
			}
			RefusedSignIn.flash(request, response, refusals);
			failed.onAuthenticationFailure(request, response, exception);
		};
	}

	private AuthenticationSuccessHandler successHandler(IdleTimeout idle, LoginName loginName) {
		var delegate = new SavedRequestAwareAuthenticationSuccessHandler();
		delegate.setDefaultTargetUrl("/");
		return (request, response, authentication) -> {
			var user = authentication.getPrincipal() instanceof Callers.CurrentUserHolder h ? h.currentUser() : null;
			if (user != null) {
				idle.apply(request.getSession(), user);
				SignedInAccounts.signedInAt(request.getSession(), java.time.Instant.now());
			}
			loginName.rememberOrForget(request, response);
			if (user != null && user.mustChangePassword()) {
				response.sendRedirect(request.getContextPath() + PasswordChangeFilter.CHANGE_PAGE);
				return;
			}
			delegate.onAuthenticationSuccess(request, response, authentication);
		};
	}

}
