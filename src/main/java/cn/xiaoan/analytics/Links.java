package cn.xiaoan.analytics;

/**
 * The hazard ledger's address listing exactly what a figure counts: the hazards found
 * from the period's first to its last day, in a region or school, of a category.
 */
final class Links {

	private Links() {
	}

	static String ledger(Period period, String scope, String filter) {
		StringBuilder href = new StringBuilder("/hazards?period=custom&from=").append(period.from())
			.append("&to=")
			.append(period.to());
		if (scope != null && !scope.isEmpty()) {
			href.append('&').append(scope);
		}
		if (filter != null) {
			href.append('&').append(filter);
		}
		return href.toString();
	}

}
