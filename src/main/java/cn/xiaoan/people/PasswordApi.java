package cn.xiaoan.people;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.NotNull;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.xiaoan.platform.SignedInAccounts;

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
			description = "8–64 characters, at most 72 bytes UTF-8, from three of: capital letters, small letters, "
					+ "digits, symbols; not built on the username, not a common password. The caller's session stays "
					+ "signed in with a new id; every other session and every bearer token of the account end. "
					+ "Accounts with an initial or expired password must call this first.")
	@PutMapping(PATH)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void change(@jakarta.validation.Valid @RequestBody ChangePassword command, HttpServletRequest request,
			HttpServletResponse response) {
		var changed = accounts.changeOwnPassword(command.current(), command.replacement(), command.confirmation());
		refreshSession(changed, request, response);
	}

	/**
	 * The change ended every session of the account but this one, which gets a fresh id
	 * (whoever knew the old id is signed out) and counts as signed in from the change;
	 * its principal still says "must change the password": replace it so the caller may
	 * go on working.
	 */
	static void refreshSession(AccountManagement.ChangedPassword changed, HttpServletRequest request,
			HttpServletResponse response) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
			if (request.getSession(false) != null) {
				request.changeSessionId();
				SignedInAccounts.signedInAt(request.getSession(), changed.signedInFrom());
			}
			AccountPrincipal updated = principal.withPasswordChanged(changed.hash());
			var token = UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
			token.setDetails(auth.getDetails());
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(token);
			SecurityContextHolder.setContext(context);
			new HttpSessionSecurityContextRepository().saveContext(context, request, response);
		}
	}

}
