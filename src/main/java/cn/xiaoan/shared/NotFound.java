package cn.xiaoan.shared;

/** Nothing with that id exists (HTTP 404). */
public class NotFound extends RuntimeException {

	public NotFound(String what, Object id) {
		super(what + " " + id + " not found");
	}

}
