package cn.xiaoan.platform;

import cn.xiaoan.shared.Callers;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * People sign in with a form and a session; integrations send a bearer token. Every page
 * but the login page needs a signed-in caller; what the caller may see is decided in each
 * module's API.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Idle timeout for students and parents (staff keep the 30 minutes of
	 * server.servlet.session.timeout).
	 */
	static final int SELF_SERVICE_IDLE_SECONDS = 4 * 3600;

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(10);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, BearerTokens tokens) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.pathPattern("/api/**");
		RequestMatcher bearer = request -> {
			String h = request.getHeader("Authorization");
			return h != null && h.regionMatches(true, 0, "Bearer ", 0, 7);
		};
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
					"/actuator/health/**", "/actuator/health", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
					"/swagger-ui.html")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("SYSTEM_ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").successHandler(successHandler()).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.csrf(csrf -> csrf.ignoringRequestMatchers(bearer))
			.exceptionHandling(
					ex -> ex.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: blob:; "
						+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
						+ "base-uri 'self'; form-action 'self'"))
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(f -> f.deny()))
			.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeFilter(), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	private AuthenticationSuccessHandler successHandler() {
		var delegate = new SavedRequestAwareAuthenticationSuccessHandler();
		delegate.setDefaultTargetUrl("/");
		return (request, response, authentication) -> {
			var user = authentication.getPrincipal() instanceof Callers.CurrentUserHolder h ? h.currentUser() : null;
			if (user != null && !user.role().isStaff()) {
				request.getSession().setMaxInactiveInterval(SELF_SERVICE_IDLE_SECONDS);
			}
			if (user != null && user.mustChangePassword()) {
				response.sendRedirect(request.getContextPath() + PasswordChangeFilter.CHANGE_PAGE);
				return;
			}
			delegate.onAuthenticationSuccess(request, response, authentication);
		};
	}

}
