package cn.xiaoan.liaison;

import cn.xiaoan.shared.DataKind;
import cn.xiaoan.shared.Permission;
import cn.xiaoan.shared.Role;

/**
 * Who does what in police-school liaison. The police see the register and the clues of
 * their county only when their account is granted {@link DataKind#POLICE_LIAISON}; their
 * answers are their own part ({@link Permission#partnerActionOf}), never the bureau's.
 */
public final class LiaisonPermissions {

	/** See the 法治副校长 register and the clues of the scope. */
	public static final Permission LIAISON_READ = Permission.readOf(DataKind.POLICE_LIAISON, "LIAISON_READ",
			Role.BUREAU_ADMIN, Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER);

	/**
	 * Keep a school's 法治副校长 and the log of duties: the school's leaders, or a bureau
	 * above it.
	 */
	public static final Permission DEPUTY_EDIT = Permission.grantedTo("LIAISON_DEPUTY_EDIT", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER);

	/** Forward a clue to the police and write on its thread. */
	public static final Permission CLUE_FORWARD = Permission.grantedTo("LIAISON_CLUE_FORWARD", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER, Role.PRINCIPAL, Role.SCHOOL_SAFETY_OFFICER);

	/**
	 * Keep the county's register of police stations (派出所): what each covers, its police
	 * accounts; move a clue to another station. The county bureau's, not a school's.
	 */
	public static final Permission STATION_KEEP = Permission.grantedTo("LIAISON_STATION_KEEP", Role.BUREAU_ADMIN,
			Role.BUREAU_SAFETY_OFFICER);

	/**
	 * The police's part: acknowledge a clue, ask for more, answer on its thread, record
	 * the outcome.
	 */
	public static final Permission CLUE_ANSWER = Permission.partnerActionOf(DataKind.POLICE_LIAISON,
			"LIAISON_CLUE_ANSWER", Role.POLICE_LIAISON);

	private LiaisonPermissions() {
	}

}
