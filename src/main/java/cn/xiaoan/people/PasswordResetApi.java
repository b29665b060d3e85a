package cn.xiaoan.people;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** 重置密码 for apps: the same reset as the pages. */
@RestController
class PasswordResetApi {

	private final PasswordResets resets;

	PasswordResetApi(PasswordResets resets) {
		this.resets = resets;
	}

	@Operation(summary = "Reset an account's password to a one-time temporary password",
			description = "Answers the generated password once (it is stored hashed only); it must be changed at the "
					+ "next sign-in. The account is unlocked, its sessions and bearer tokens end, and the reset is "
					+ "audited. Account administrators reset the accounts they manage; a head teacher the student and "
					+ "parent accounts of the class they head; any other account is 404.")
	@PostMapping("/api/v1/accounts/{id}/temporary-password")
	PasswordResets.TemporaryPassword reset(@PathVariable long id) {
		return resets.reset(id);
	}

}
