package cn.xiaoan.notice;

/**
 * The installations below this one (四级联网) that a bureau's notice is relayed to, so a
 * notice may be sent that matches no school or bureau here when it reaches schools below
 * (a city's notice to kindergartens, which only its counties' installations keep).
 * Implemented by the module that relays notices, so this module names none of its tables
 * and does not depend on it; a single installation has none (ADR 0067).
 */
public interface InstallationsBelow {

	/**
	 * How many installations below a bureau's notice to the region {@code targetPrefix}
	 * ("" for every region) is relayed to. Called inside this module's checked calls; an
	 * implementation checks the caller's permission and scope itself.
	 */
	int reachedBy(String targetPrefix);

}
