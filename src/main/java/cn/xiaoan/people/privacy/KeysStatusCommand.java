package cn.xiaoan.people.privacy;

import java.util.List;

import cn.xiaoan.shared.OperatorCommand;

import org.springframework.stereotype.Component;

/**
 * {@code keys-status}: the master keys and how many rows each column still has under
 * each.
 */
@Component
class KeysStatusCommand implements OperatorCommand {

	private final KeyRotation rotation;

	private final PersonalDataCipher cipher;

	KeysStatusCommand(KeyRotation rotation, PersonalDataCipher cipher) {
		this.rotation = rotation;
		this.cipher = cipher;
	}

	@Override
	public String name() {
		return "keys-status";
	}

	@Override
	public String description() {
		return "list the personal-data master keys and the rows still encrypted under an older one";
	}

	@Override
	public int run(List<String> args) {
		int current = cipher.currentKeyId();
		System.out.println("master keys " + cipher.keyIds() + ", current " + current);
		long left = 0;
		for (KeyRotation.ColumnStatus column : rotation.status()) {
			StringBuilder line = new StringBuilder(column.name());
			column.rowsByKey()
				.forEach((key, rows) -> line.append("  ")
					.append(key == 0 ? "first format (key 1)" : "key " + key)
					.append(": ")
					.append(rows));
			long old = column.notUnder(current);
			left += old;
			line.append(old == 0 ? "  — all under the current key" : "  — " + old + " rows under older keys");
			System.out.println(line);
		}
		System.out.println(left == 0 ? "Nothing is left under an older key: `keys-retire <id>` removes one."
				: left + " rows are still to be re-encrypted.");
		return 0;
	}

}
