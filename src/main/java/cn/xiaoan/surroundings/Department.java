package cn.xiaoan.surroundings;

import cn.xiaoan.shared.Role;

/**
 * The department a case is assigned to. Market supervision, transport and the police act
 * in the platform through their partner accounts; culture (tourism) and urban management
 * (housing) have none, so the county records their answer.
 */
public enum Department {

	MARKET(Role.MARKET_SUPERVISION_LIAISON), CULTURE(null), POLICE(Role.POLICE_LIAISON),
	TRANSPORT(Role.TRANSPORT_LIAISON), URBAN(null);

	private final Role partner;

	Department(Role partner) {
		this.partner = partner;
	}

	/** The partner role that acts for this department, or null when the county does. */
	public Role partner() {
		return partner;
	}

	/** The department a partner role acts for, or null. */
	static Department of(Role role) {
		for (Department d : values()) {
			if (d.partner == role) {
				return d;
			}
		}
		return null;
	}

	public String messageKey() {
		return "surroundings.department." + name();
	}

}
