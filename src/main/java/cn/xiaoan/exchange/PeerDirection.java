package cn.xiaoan.exchange;

/**
 * Where a peer sits: the installation above (what may be seen goes UP to it) or one below
 * (warnings and notices go DOWN to it, its hazards come up from it).
 */
public enum PeerDirection {

	UP, DOWN;

	public String messageKey() {
		return "exchange.direction." + name();
	}

}
