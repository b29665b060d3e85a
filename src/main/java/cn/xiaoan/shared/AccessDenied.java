package cn.xiaoan.shared;

/** The caller's role or scope does not reach what it asked for (HTTP 403). */
public class AccessDenied extends RuntimeException {

	public AccessDenied(String message) {
		super(message);
	}

}
