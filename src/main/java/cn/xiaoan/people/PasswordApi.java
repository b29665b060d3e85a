package cn.xiaoan.people;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.NotNull;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own password for apps and installers: the one call an account with an
 * initial password may make besides signing out.
 */
@RestController
class PasswordApi {

	static final String PATH = "/api/v1/me/password";

	private final AccountManagement accounts;

	PasswordApi(AccountManagement accounts) {
		this.accounts = accounts;
	}

	record ChangePassword(@NotNull String current, @NotNull String replacement, @NotNull String confirmation) {
	}

	@Operation(summary = "Change the caller's password",
			description = "8–64 characters with letters and digits; the session stays signed in. Accounts created "
					+ "with an initial password must call this first.")
	@PutMapping(PATH)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void change(@jakarta.validation.Valid @RequestBody ChangePassword command, HttpServletRequest request,
			HttpServletResponse response) {
		String hash = accounts.changeOwnPassword(command.current(), command.replacement(), command.confirmation());
		refreshSession(hash, request, response);
	}

	/**
	 * The signed-in principal still says "must change the password": replace it in the
	 * session so the caller may go on working.
	 */
	static void refreshSession(String hash, HttpServletRequest request, HttpServletResponse response) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
			AccountPrincipal updated = principal.withPasswordChanged(hash);
			var token = UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
			token.setDetails(auth.getDetails());
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(token);
			SecurityContextHolder.setContext(context);
			new HttpSessionSecurityContextRepository().saveContext(context, request, response);
		}
	}

}
