package cn.xiaoan.platform;

import java.util.List;

import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in for apps: the same check, lockout, audit and session as the login form, with
 * JSON in and out. The session cookie it sets is used like a browser's; writes send the
 * returned CSRF token as {@code X-CSRF-TOKEN}. Refusals for overload come from
 * {@link LoginAdmissionFilter} (on arrival) and {@link PasswordCheckGate} (after the
 * wait).
 */
@RestController
@Tag(name = "session", description = "Sign in and out with a username and password (apps, phones)")
class SessionController {

	static final String PATH = "/api/v1/session";

	private final AuthenticationManager authentication;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	private final SessionAuthenticationStrategy newSession = new CompositeSessionAuthenticationStrategy(
			List.of(new ChangeSessionIdAuthenticationStrategy(),
					new CsrfAuthenticationStrategy(SecurityConfiguration.CSRF_TOKENS)));

	private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

	private final IdleTimeout idle;

	private final org.springframework.context.ApplicationEventPublisher events;

	SessionController(AuthenticationConfiguration configuration, IdleTimeout idle,
			org.springframework.context.ApplicationEventPublisher events) throws Exception {
		this.events = events;
		this.authentication = configuration.getAuthenticationManager();
		this.idle = idle;
	}

	record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 64) String password) {
	}

	record SignedIn(String username, String displayName, String role, boolean mustChangePassword,
			int idleTimeoutSeconds, @Schema(description = "send as X-CSRF-TOKEN with writes") String csrfToken) {
	}

	@Operation(summary = "Sign in; sets the session cookie",
			description = "Five wrong passwords in a row lock the account for 15 minutes. Password checks are "
					+ "admitted a few at a time; when too many sign in at once the answer is 429 with Retry-After.")
	@ApiResponse(responseCode = "200", description = "signed in; the session cookie is set")
	@ApiResponse(responseCode = "400", description = "missing or malformed username or password",
			content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "wrong username or password, or the account is locked",
			content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429", description = "too many sign-ins at once; retry after Retry-After seconds",
			content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
	SignedIn signIn(@Valid @RequestBody Credentials credentials, HttpServletRequest request,
			HttpServletResponse response) {
		var token = UsernamePasswordAuthenticationToken.unauthenticated(credentials.username().trim(),
				credentials.password());
		token.setDetails(details.buildDetails(request));
		Authentication signedIn = authentication.authenticate(token);
		newSession.onAuthentication(signedIn, request, response);
		var context = contexts.createEmptyContext();
		context.setAuthentication(signedIn);
		contexts.setContext(context);
		sessions.saveContext(context, request, response);
		CurrentUser user = signedIn.getPrincipal() instanceof Callers.CurrentUserHolder h ? h.currentUser() : null;
		if (user == null) {
			throw new IllegalStateException("signed in without an account");
		}
		var session = request.getSession();
		idle.apply(session, user);
		SignedInAccounts.signedInAt(session, java.time.Instant.now());
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return new SignedIn(user.username(), user.displayName(), user.role().name(), user.mustChangePassword(),
				session.getMaxInactiveInterval(), csrf == null ? null : csrf.getToken());
	}

	@Operation(summary = "Sign out; ends the session")
	@DeleteMapping(PATH)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void signOut(HttpServletRequest request, HttpServletResponse response) {
		var signedIn = contexts.getContext().getAuthentication();
		new SecurityContextLogoutHandler().logout(request, response, signedIn);
		if (signedIn != null) {
			// audited as the sign-out form is (LogoutConfigurer publishes the same event)
			events.publishEvent(new org.springframework.security.authentication.event.LogoutSuccessEvent(signedIn));
		}
	}

}
