package cn.xiaoan.people;

/**
 * Every attempt to sign in, successful or not, for the audit trail. {@code outcome} is
 * SUCCESS, BAD_CREDENTIALS, LOCKED (refused while locked) or LOCKED_OUT (this failure
 * locked the account). Name and role are empty for an unknown username.
 */
public record LoginAttempted(String username, Long accountId, String outcome, String ip, String regionCode,
		Long schoolId, String displayName, String role) {
}
