package cn.xiaoan.platform;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application's password encoder: every check of a password against its hash passes
 * the {@link PasswordCheckGate}, whoever asks (the login form, the API login, a password
 * change, the dummy check for an unknown username).
 */
class GatedPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate;

	private final PasswordCheckGate gate;

	GatedPasswordEncoder(PasswordEncoder delegate, PasswordCheckGate gate) {
		this.delegate = delegate;
		this.gate = gate;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return gate.check(() -> delegate.matches(rawPassword, encodedPassword));
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

}
