package cn.xiaoan.bullying;

/** A client sent too many public reports or code lookups in the window (answered 429). */
class ReportLimitReached extends RuntimeException {

	ReportLimitReached() {
		super("too many requests from this client");
	}

}
