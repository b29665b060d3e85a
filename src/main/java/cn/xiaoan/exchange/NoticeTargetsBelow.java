package cn.xiaoan.exchange;

import cn.xiaoan.notice.InstallationsBelow;
import cn.xiaoan.notice.NoticeManagement;
import cn.xiaoan.notice.NoticeRelay;
import cn.xiaoan.shared.AccessDenied;
import cn.xiaoan.shared.Callers;
import cn.xiaoan.shared.CurrentUser;
import cn.xiaoan.shared.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The installations below that a bureau's notice is relayed to, by the rule of
 * {@link NoticesFromAbove}: the peers below whose region its target covers or lies in.
 * The notice module asks before it refuses a notice that matches nobody here (ADR 0067).
 */
@Component
class NoticeTargetsBelow implements InstallationsBelow {

	private final JdbcClient jdbc;

	NoticeTargetsBelow(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Asked by a bureau sending inside its region, or by the installation relaying a
	 * notice from above; anyone else is refused.
	 */
	@Override
	public int reachedBy(String targetPrefix) {
		CurrentUser caller = Callers.current();
		DataScope scope = caller.scope();
		boolean bureau = caller.can(NoticeManagement.NOTICE_SEND) && (scope.kind() == DataScope.Kind.ALL
				|| (scope.kind() == DataScope.Kind.REGION && targetPrefix.startsWith(scope.regionPrefix())));
		if (!bureau && !caller.can(NoticeRelay.NOTICE_RELAY)) {
			throw new AccessDenied("installations below are counted for a bureau's own notices");
		}
		return (int) jdbc.sql("select region_code from exchange.peer where direction = :d")
			.param("d", PeerDirection.DOWN.name())
			.query(String.class)
			.list()
			.stream()
			.filter(region -> WarningsFromAbove.reaches(targetPrefix, region))
			.count();
	}

}
